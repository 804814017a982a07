using System.Diagnostics;
using Analytics.Generation;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Network.Grains.Common;
using Network.Silo;
using Network.Silo.Import;
using Network.Silo.Projection;
using Network.Silo.Queries;

namespace Network.Bench.Groups;

/// <summary>
/// On a SQLite database filled by the bulk importer: how fast the projection loads at start-up, how many bytes it
/// keeps per tie, and how long the echo-chamber report over the whole graph takes when nothing is cached (after three
/// untimed warm-up reports).
/// </summary>
public static class ProjectionBench
{
    /// <summary>Live managed bytes after a blocking, compacting full collection (large objects included).</summary>
    private static long CompactedHeap()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes - GC.GetGCMemoryInfo(GCKind.FullBlocking).FragmentedBytes;
    }

    // Its own method, so that no state machine of the caller still holds the previous run's projection.
    private static async Task<(double RowsPerSecond, double BytesPerRow)> MeasureLoadAsync(ProjectionLoader loader, long edgeRows)
    {
        var before = CompactedHeap();
        var clock = Stopwatch.StartNew();
        var projection = await loader.LoadAsync();
        var rate = edgeRows / clock.Elapsed.TotalSeconds;
        var after = CompactedHeap();
        GC.KeepAlive(projection);
        return (rate, (after - before) / (double)edgeRows);
    }

    public static async Task<ResultGroup> RunAsync(BenchSettings settings)
    {
        var ties = settings.Quick ? 200_000 : 10_000_000;
        var dir = Path.Combine(Path.GetTempPath(), "network-bench", "projection-" + Guid.NewGuid().ToString("N"));
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite", ["Storage:DataDirectory"] = dir,
            ["Projection:MinVersionTimeout"] = "00:10:00", // the wait below covers the whole import
        });
        builder.AddNetworkSilo();
        using var host = builder.Build();
        await host.StartAsync();

        var importClock = Stopwatch.StartNew();
        var network = SocialNetworkGenerator.Generate(new GeneratorOptions(Seed: 1, Ties: ties));
        var imported = await host.Services.GetRequiredService<BulkImporter>().ImportAsync(network);
        var importSeconds = importClock.Elapsed.TotalSeconds;
        var reader = host.Services.GetRequiredService<Network.Silo.Storage.GraphReader>();
        var edgeRows = await reader.CountRowsAsync("edges");

        // The host's own projection tails the log: let it take in the import (one transaction, so it sees the whole
        // import at once) before measuring, or it grows the heap and takes a core during the loads.
        await host.Services.GetRequiredService<ProjectionService>().WaitForVersionAsync(imported.GraphVersion);
        var loader = host.Services.GetRequiredService<ProjectionLoader>();
        var loadRates = new List<double>();
        var bytesPerTie = new List<double>();
        for (var run = 0; run < settings.Runs; run++)
        {
            var (rate, bytes) = await MeasureLoadAsync(loader, edgeRows);
            loadRates.Add(rate);
            bytesPerTie.Add(bytes);
        }

        var queries = host.Services.GetRequiredService<GraphQueries>();
        // Untimed reports first, as BenchmarkDotNet runs warm-up iterations: the timed ones measure a service that has
        // compiled the report's code, as the loads above do (the host's own start-up load compiled theirs), not the
        // JIT's first compilations, which a long-running silo pays once. Three, because the first reports of a process
        // run slower: in a fresh scratch host, 8 reports after one warm-up took 1.95, 1.78, 1.57, then 1.08–1.24 s, and
        // 1.64, 1.65, 1.35, then 1.17–1.44 s. Tiered compilation (the report's row lambdas start unoptimised and are
        // recompiled in the background) and the heap growing to its working size are the likely causes; with tiering
        // off, the first two were still slower in one of two such runs.
        for (var warmUp = 0; warmUp < 3; warmUp++)
            await queries.EchoChamberAsync(Scope.All, UserAttribute.Leaning, 0, imported.GraphVersion, new Viewer(Visibility.Public, MinGroupSize: 2 + warmUp));
        var reportSeconds = new List<double>();
        for (var run = 0; run < settings.Runs; run++)
        {
            // A different privacy threshold per run defeats the cache without changing the work.
            var viewer = new Viewer(Visibility.Public, MinGroupSize: 5 + run);
            var clock = Stopwatch.StartNew();
            await queries.EchoChamberAsync(Scope.All, UserAttribute.Leaning, 0, imported.GraphVersion, viewer);
            reportSeconds.Add(clock.Elapsed.TotalSeconds);
        }

        await host.StopAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(dir, recursive: true);

        var what = $"{network.UserCount:N0} users, {edgeRows:N0} edge rows (import took {importSeconds:0.0} s)";
        return new ResultGroup("Projection", $"SQLite database written by the bulk importer from the generator (seed 1): {what}.",
        [
            new ResultRow("projection load: edge rows/s", new Measurement(loadRates, "rows/s"), "—", null, "≥ 2M ties/s", (o, _) => o >= 2_000_000),
            new ResultRow("projection: resident bytes per edge row", new Measurement(bytesPerTie, "B"), "—", null, "≤ 32", (o, _) => o <= 32,
                "managed heap growth while the loaded projection is alive, divided by edge rows (all kinds)"),
            new ResultRow("echo-chamber report (LEANING), whole graph, uncached", new Measurement(reportSeconds, "s"), "—", null, "≤ 2 s", (o, _) => o <= 2,
                "after three untimed warm-up reports; each timed one at another privacy threshold, so none is served from the cache"),
        ]);
    }
}
