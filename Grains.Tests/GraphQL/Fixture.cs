using System.Runtime.CompilerServices;

namespace Grains.Tests.GraphQL;

/// <summary>Reads files from the Fixtures folder next to this source file.</summary>
internal static class Fixture
{
    private static readonly string Folder = FolderOfThisFile();

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    private static string FolderOfThisFile([CallerFilePath] string path = "") =>
        Path.Combine(Path.GetDirectoryName(path)!, "Fixtures");
}
