using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Hosting;

namespace Network.Bench.Groups;

public interface IPingGrain : IGrainWithStringKey
{
    Task<int> Ping(int value);
}

public sealed class PingGrain : Grain, IPingGrain
{
    public Task<int> Ping(int value) => Task.FromResult(value + 1);
}

/// <summary>
/// In-process grain calls to a trivial method against the same call made directly on the grain object through
/// its interface: what the runtime (proxy, activation lookup, turn scheduling, result) costs per call.
/// </summary>
public static class GrainCallBench
{
    public static async Task<ResultGroup> RunAsync(BenchSettings settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddOrleans(silo => silo.AddGrains(typeof(PingGrain).Assembly));
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        var callers = Environment.ProcessorCount * 32;
        var viaRuntime = Enumerable.Range(0, callers).Select(i => grains.GetGrain<IPingGrain>("p" + i)).ToArray();
        var direct = Enumerable.Range(0, callers).Select(_ => (IPingGrain)new PingGrain()).ToArray();

        await Throughput(viaRuntime, settings.Warmup);
        var ours = await Measurement.RepeatAsync(settings.Runs, "calls/s", () => Throughput(viaRuntime, settings.Duration));
        await Throughput(direct, settings.Warmup);
        var peer = await Measurement.RepeatAsync(settings.Runs, "calls/s", () => Throughput(direct, settings.Duration));
        await host.StopAsync();
        var (crossSilo, secondSilo) = await ClusterCallBench.RunAsync(settings, ours);

        return new ResultGroup("Grain calls", $"A trivial grain method, concurrent callers each awaiting its own grain in a loop ({callers} in-process).",
        [
            new ResultRow("in-process call: calls/s", ours, "direct interface call", peer,
                "≥ 1,000,000/s and ≥ 0.1× direct", (o, p) => o >= 1_000_000 && o >= 0.1 * p),
            crossSilo,
            secondSilo,
        ]);
    }

    public static async Task<double> Throughput(IPingGrain[] targets, TimeSpan duration)
    {
        long total = 0;
        var stop = DateTime.UtcNow + duration;
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(targets.Select(target => Task.Run(async () =>
        {
            long n = 0;
            var value = 0;
            while (true)
            {
                value = await target.Ping(value);
                if ((++n & 255) != 0) continue;
                if (DateTime.UtcNow >= stop) break;
                // Calls that complete synchronously never give the thread back; without this, a long run starves the
                // pool, which then injects threads beyond the cores, and the figure depends on the run's length.
                await Task.Yield();
            }
            Interlocked.Add(ref total, n);
        })));
        return total / started.Elapsed.TotalSeconds;
    }
}
