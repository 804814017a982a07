using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Hosting;
using Orleans.Membership;

namespace Network.Bench.Groups;

/// <summary>
/// Grain calls that cross a process boundary over loopback TCP: a cluster client calling a trivial grain method on
/// silos in this process (each silo and the client a separate runtime with its own port, as separate processes
/// would be; sharing the 2 cores as they would too). Measured with one silo, then with two.
/// </summary>
public static class ClusterCallBench
{
    public static async Task<(ResultRow CrossSilo, ResultRow SecondSilo)> RunAsync(BenchSettings settings, Measurement inProcess)
    {
        var table = new InMemoryMembershipTable();
        var clusterId = "bench-" + Guid.NewGuid().ToString("N")[..8];
        var silo1 = await StartSiloAsync(table, clusterId);
        var client = await StartClientAsync(table, clusterId);
        await WaitForActiveAsync(client, 1);
        var grains = client.Services.GetRequiredService<IGrainFactory>();

        var callers = Environment.ProcessorCount * 256;
        var targets = Enumerable.Range(0, callers).Select(i => grains.GetGrain<IPingGrain>("x" + i)).ToArray();
        await GrainCallBench.Throughput(targets, settings.Warmup);
        var oneSilo = await Measurement.RepeatAsync(settings.Runs, "calls/s", () => GrainCallBench.Throughput(targets, settings.Duration));

        var silo2 = await StartSiloAsync(table, clusterId);
        await WaitForActiveAsync(client, 2);
        await GrainCallBench.Throughput(targets, settings.Warmup);
        var twoSilos = await Measurement.RepeatAsync(settings.Runs, "calls/s", () => GrainCallBench.Throughput(targets, settings.Duration));

        foreach (var host in new[] { client, silo2, silo1 })
        {
            await host.StopAsync();
            host.Dispose();
        }

        return (
            new ResultRow($"cross-silo call ({callers} callers, client → silo over loopback TCP): calls/s", oneSilo,
                "in-process call", inProcess, "≥ 100,000/s", (o, _) => o >= 100_000),
            new ResultRow("the same client with a second silo added: calls/s", twoSilos,
                "with one silo", oneSilo, "≥ 0.8× one silo", (o, p) => o >= 0.8 * p));
    }

    private static async Task<IHost> StartSiloAsync(IMembershipTable table, string clusterId)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(table);
        builder.Services.AddOrleans(silo => silo
            .AddGrains(typeof(PingGrain).Assembly)
            .UseCluster(c =>
            {
                c.ClusterId = clusterId;
                c.SiloPort = 0;
            }, Fast));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task<IHost> StartClientAsync(IMembershipTable table, string clusterId)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(table);
        builder.Services.AddOrleansClient(client => client
            .AddGrains(typeof(PingGrain).Assembly)
            .UseCluster(c => c.ClusterId = clusterId, Fast));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static void Fast(ClusterMembershipOptions o)
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(1);
        o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
    }

    private static async Task WaitForActiveAsync(IHost host, int active)
    {
        var membership = host.Services.GetRequiredService<IClusterMembershipService>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (membership.CurrentView.ActiveSilos.Length != active)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The bench client never saw {active} active silos.");
            await Task.Delay(50);
        }
    }
}
