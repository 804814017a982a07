using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Network.Bench.GraphQLReads;

/// <summary>Where the repository and the external tools (node, wrk) are; a missing tool is reported, not thrown.</summary>
public static class Tools
{
    /// <summary>The repository root: run.sh starts us there, but a caller may not, so look upwards from both.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Peers => Path.Combine(RepoRoot, "bench", "peers");

    public static string? Node => Which("node");

    public static string? Wrk => File.Exists("/usr/bin/wrk") ? "/usr/bin/wrk" : Which("wrk");

    public static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>A loopback port free right now (the OS picks it); for a child process that needs one on its command line.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a program to completion; returns its exit code and what it wrote.</summary>
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(
        string file, IEnumerable<string> args, IDictionary<string, string>? env = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot };
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) info.Environment[k] = v;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} {string.Join(' ', info.ArgumentList)} did not finish in time");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "bench", "peers"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
