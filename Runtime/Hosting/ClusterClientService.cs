using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Membership;
using Orleans.Messaging;
using Orleans.Placement;
using Orleans.Runtime;

namespace Orleans.Hosting;

/// <summary>
/// A client's view of its cluster: it reads the membership table (it is not a member, so it neither probes nor
/// votes), keeps the ring of active silos current, and fails calls to silos declared dead at once.
/// </summary>
internal sealed class ClusterClientService(
    ClusterRouter router,
    IMembershipTable table,
    IOptions<ClusterOptions> clusterOptions,
    IOptions<ClusterMembershipOptions> membershipOptions,
    ILoggerFactory loggers) : IHostedService, IAsyncDisposable, IClusterMembershipService
{
    private readonly ILogger _logger = loggers.CreateLogger<ClusterClientService>();
    private MembershipReader? _reader;

    public SiloAddress? LocalSilo => null;

    public MembershipView CurrentView => _reader?.CurrentView ?? MembershipView.Empty;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await table.InitializeMembershipTable(true);
        // Silos gossip changes to each other, not to clients; so a client re-reads the table as often as silos probe,
        // which bounds how long it keeps sending to a silo the cluster has already declared dead.
        var options = membershipOptions.Value;
        var period = options.ProbeTimeout < options.TableRefreshTimeout ? options.ProbeTimeout : options.TableRefreshTimeout;
        _reader = new MembershipReader(table, options, loggers.CreateLogger<MembershipReader>(), period);
        _reader.ViewChanged += OnViewChanged;
        await _reader.RefreshAsync();
        OnViewChanged(_reader.CurrentView);
        _logger.LogInformation("Client connected to cluster {ClusterId}: {Active} active silos.",
            clusterOptions.Value.ClusterId, _reader.CurrentView.ActiveSilos.Length);
    }

    private void OnViewChanged(MembershipView view) => router.Apply(view);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private int _disposed;

    // The container disposes a singleton once per registration that returns it; only the first counts.
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        if (_reader is not null) await _reader.DisposeAsync();
    }
}
