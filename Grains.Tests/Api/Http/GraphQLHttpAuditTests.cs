using System.Diagnostics;
using System.Runtime.CompilerServices;
using Xunit.Abstractions;

namespace Grains.Tests.Api.Http;

/// <summary>
/// The graphql-http audit suite (npm graphql-http, serverAudits) against the transport on a real
/// loopback port: every MUST and SHOULD must pass. Needs node and <c>npm ci --prefix .ci/graphql</c>.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [GraphQLHttpAuditFact]
    public async Task Every_must_and_should_audit_of_graphql_http_passes()
    {
        Assert.True(AuditTool.IsAvailable(out string missing), missing);
        await using GraphQLHttpServer server = await GraphQLHttpServer.StartAsync();

        (int exitCode, string text) = await AuditTool.RunAsync(server.GraphQLUrl);
        output.WriteLine(text);

        Assert.True(exitCode == 0, $"graphql-http audits failed (exit code {exitCode}):\n{text}");
        Assert.Contains(" 0 failed", text);
    }
}

/// <summary>Skips locally when node or the audit's packages are missing; under CI=true it runs and fails instead.</summary>
public sealed class GraphQLHttpAuditFactAttribute : FactAttribute
{
    public GraphQLHttpAuditFactAttribute()
    {
        bool inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!AuditTool.IsAvailable(out string missing) && !inCi)
        {
            Skip = missing;
        }
    }
}

internal static class AuditTool
{
    private static readonly string CiFolder = Path.GetFullPath(Path.Combine(SourceFolder(), "..", "..", "..", ".ci", "graphql"));

    public static bool IsAvailable(out string missing)
    {
        if (FindNode() is null)
        {
            missing = "node is not on PATH; install Node.js 20+ to run the graphql-http audits.";
            return false;
        }

        if (!File.Exists(Path.Combine(CiFolder, "node_modules", "graphql-http", "package.json")))
        {
            missing = $"graphql-http is not installed: run npm ci --prefix .ci/graphql (looked in {CiFolder}).";
            return false;
        }

        missing = "";
        return true;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(Uri url)
    {
        var start = new ProcessStartInfo(FindNode()!, [Path.Combine(CiFolder, "audit.mjs"), url.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = CiFolder,
        };
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "The audit did not finish within 3 minutes.\n" + await stdout + await stderr);
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static string? FindNode()
    {
        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(folder, OperatingSystem.IsWindows() ? "node.exe" : "node");
            if (folder.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
