using System.Diagnostics;
using System.Runtime.CompilerServices;
using Grains.Tests.Api.Http;
using Xunit.Abstractions;

namespace Grains.Tests.Api.Schema;

/// <summary>
/// The npm tools against the real service: graphql-js rebuilds our schema from introspection and prints it equal to
/// /graphql/schema.graphql, with every name of schema-core served compatibly; and graphql-http's audits pass.
/// </summary>
public sealed class LiveServiceChecks(ITestOutputHelper output)
{
    [GraphQLHttpAuditFact]
    public async Task Graphql_js_rebuilds_our_schema_from_introspection_and_finds_all_of_schema_core()
    {
        await using var service = await NetworkService.StartAsync();
        var (exitCode, text) = await RunAsync("schema-check.mjs", service.BaseAddress.ToString(), CorePath());
        output.WriteLine(text);
        Assert.True(exitCode == 0, $"schema-check failed (exit code {exitCode}):\n{text}");
        Assert.Contains("schema check: passed", text);
    }

    [GraphQLHttpAuditFact]
    public async Task The_graphql_http_audits_pass_against_the_real_service()
    {
        await using var service = await NetworkService.StartAsync();
        var (exitCode, text) = await RunAsync("audit.mjs", new Uri(service.BaseAddress, "/graphql").ToString());
        output.WriteLine(text);
        Assert.True(exitCode == 0, $"graphql-http audits failed (exit code {exitCode}):\n{text}");
        Assert.Contains(" 0 failed", text);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments)
    {
        var folder = Path.Combine(RepositoryRoot(), ".ci", "graphql");
        var start = new ProcessStartInfo("node", [Path.Combine(folder, script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within 3 minutes.");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>schema-core.graphql lives beside the repository (../shared), as the developers' guide says; CI has it in the fixtures too.</summary>
    private static string CorePath() => Path.Combine(RepositoryRoot(), "Grains.Tests", "GraphQL", "Fixtures", "schema-core.graphql");

    private static string RepositoryRoot([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));
}
