using System.Diagnostics;

namespace Network.Bench.GraphQLReads;

/// <summary>
/// The graphql-js peer (bench/peers/graphql-js/server.mjs) as a child process, NODE_ENV=production, as a deployed Node
/// service runs: as graphql-http ships (every request parsed and validated, the issue's reference peer), or with a
/// document cache (<c>--cache</c>), as our executor caches documents too.
/// </summary>
public sealed class GraphQLJsPeer : IAsyncDisposable
{
    private readonly Process _process;

    private GraphQLJsPeer(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static string Directory => Path.Combine(Tools.Peers, "graphql-js");

    /// <summary>Why the peer cannot run here, or null when it can.</summary>
    public static string? Missing() =>
        Tools.Node is null ? "node is not installed"
        : !System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "graphql")) ? "bench/peers/graphql-js/node_modules is missing (npm ci --prefix bench/peers/graphql-js)"
        : null;

    public static async Task<GraphQLJsPeer> StartAsync(bool documentCache)
    {
        var port = Tools.FreePort();
        var info = new ProcessStartInfo(Tools.Node!) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Tools.RepoRoot };
        foreach (var a in new[] { Path.Combine(Directory, "server.mjs"), "--port", port.ToString() }) info.ArgumentList.Add(a);
        if (documentCache) info.ArgumentList.Add("--cache");
        info.Environment["NODE_ENV"] = "production";
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start node");
        // Drain its output so that a chatty peer never blocks on a full pipe.
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var peer = new GraphQLJsPeer(process, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = peer.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        // It generates its data set at start-up: give it time on a loaded machine.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"the graphql-js peer exited ({process.ExitCode}): {string.Join(" | ", log)}");
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode) return peer;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            if (DateTime.UtcNow > deadline)
            {
                await peer.DisposeAsync();
                throw new TimeoutException($"the graphql-js peer did not answer /health in 60 s: {string.Join(" | ", log)}");
            }
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
