using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Hosting;
using Orleans.Membership;
using Orleans.Storage;

namespace Grains.Tests.Runtime.Cluster;

/// <summary>
/// Silos and clients in one process, each its own host with its own runtime and TCP port on loopback, sharing one
/// in-memory membership table and one in-memory grain storage (as real silos share a database).
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly List<IHost> _hosts = [];
    private readonly string _clusterId = "test-" + Guid.NewGuid().ToString("N")[..8];

    public InMemoryMembershipTable Table { get; } = new();

    public MemoryGrainStorage Storage { get; } = new();

    public static void FastMembership(ClusterMembershipOptions o)
    {
        o.ProbeTimeout = TimeSpan.FromMilliseconds(200);
        o.NumMissedProbesLimit = 3;
        o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
        o.IAmAlivePublishTimeout = TimeSpan.FromSeconds(1);
    }

    public async Task<IHost> StartSiloAsync(string name, Action<SiloOptions>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new TestSiloName(name));
        builder.Services.AddKeyedSingleton<IGrainStorage>("Default", Storage);
        builder.Services.AddSingleton<IMembershipTable>(Table);
        builder.Services.AddOrleans(silo =>
        {
            silo.AddGrains(typeof(TestCluster).Assembly);
            silo.UseCluster(c =>
            {
                c.ClusterId = _clusterId;
                c.SiloPort = 0;
                c.SiloName = name;
            }, FastMembership);
            if (configure is not null) silo.Configure(configure);
        });
        var host = builder.Build();
        await host.StartAsync();
        _hosts.Add(host);
        return host;
    }

    public async Task<IHost> StartClientAsync(Action<SiloOptions>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IMembershipTable>(Table);
        builder.Services.AddOrleansClient(client => client
            .AddGrains(typeof(TestCluster).Assembly)
            .UseCluster(c => c.ClusterId = _clusterId, FastMembership)
            .Configure(configure ?? (_ => { })));
        var host = builder.Build();
        await host.StartAsync();
        _hosts.Add(host);
        return host;
    }

    public static IGrainFactory Grains(IHost host) => host.Services.GetRequiredService<IGrainFactory>();

    public static IClusterMembershipService Membership(IHost host) => host.Services.GetRequiredService<IClusterMembershipService>();

    /// <summary>Waits until every running host sees <paramref name="active"/> active silos.</summary>
    public async Task WaitForActiveAsync(int active, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (_hosts.All(h => Membership(h).CurrentView.ActiveSilos.Length == active)) return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not every host saw {active} active silos: " +
                    string.Join("; ", _hosts.Select(h => Membership(h).CurrentView.ActiveSilos.Length)));
            await Task.Delay(50);
        }
    }

    public async Task StopAsync(IHost host)
    {
        _hosts.Remove(host);
        await host.StopAsync();
        host.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_hosts).ToArray())
        {
            try
            {
                await host.StopAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception)
            {
                // A host that failed to stop must not hide the test's own result.
            }
            host.Dispose();
        }
        _hosts.Clear();
    }
}
