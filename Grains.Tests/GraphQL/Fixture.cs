using System.Runtime.CompilerServices;

namespace Grains.Tests.GraphQL;

/// <summary>Reads files from the Fixtures folder next to this source file.</summary>
internal static class Fixture
{
    public static string Read(string name, [CallerFilePath] string callerPath = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(callerPath)!, "Fixtures", name));
}
