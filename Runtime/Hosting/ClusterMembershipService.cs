using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Membership;
using Orleans.Messaging;
using Orleans.Placement;
using Orleans.Runtime;

namespace Orleans.Hosting;

/// <summary>
/// A silo's life in its cluster: it listens, joins the membership table, follows every membership change
/// (the ring, calls to dead silos, grains that moved away), stops itself when declared dead, and on shutdown
/// leaves cleanly: first out of the ring, then its grains deactivate, then its row is marked dead.
/// </summary>
internal sealed class ClusterMembershipService(
    MessageCenter messages,
    ClusterRouter router,
    Catalog catalog,
    SiloCallHandler handler,
    IMembershipTable table,
    IOptions<ClusterOptions> clusterOptions,
    IOptions<ClusterMembershipOptions> membershipOptions,
    IHostApplicationLifetime lifetime,
    ILoggerFactory loggers) : IHostedService, IAsyncDisposable, IClusterMembershipService
{
    private readonly ILogger _logger = loggers.CreateLogger<ClusterMembershipService>();
    private MembershipOracle? _oracle;

    public SiloAddress? LocalSilo => router.Self;

    public MembershipView CurrentView => _oracle?.CurrentView ?? MembershipView.Empty;

    public MembershipOracle Oracle => _oracle ?? throw new InvalidOperationException("The silo has not joined its cluster yet.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = clusterOptions.Value;
        var address = IPAddress.Parse(options.AdvertisedIPAddress);
        var bound = messages.Listen(new IPEndPoint(address, options.SiloPort));
        var self = new SiloAddress(new IPEndPoint(address, bound.Port), SiloAddress.NewGeneration());
        messages.Self = self;
        router.Self = self;
        messages.Handler = handler;
        catalog.Router = router;

        var name = options.SiloName ?? $"{Environment.MachineName}:{bound.Port}";
        _oracle = new MembershipOracle(self, name, table, new MembershipTransport(messages), membershipOptions.Value,
            loggers.CreateLogger<MembershipOracle>());
        handler.Oracle = _oracle;
        _oracle.ViewChanged += OnViewChanged;
        _oracle.DeclaredDead += OnDeclaredDead;
        await table.InitializeMembershipTable(true);
        await _oracle.JoinAsync(cancellationToken);
        OnViewChanged(_oracle.CurrentView);
        _logger.LogInformation("Silo {Silo} ({Name}) joined cluster {ClusterId}.", self, name, options.ClusterId);
    }

    private void OnViewChanged(MembershipView view)
    {
        var self = router.Self;
        var ring = router.Apply(view);
        if (ring.Silos.Count == 0) return;
        var moved = catalog.DeactivateMoved(id => ring.OwnerOf(id) != self,
            new DeactivationReason(DeactivationReasonCode.Migrating, "A membership change gave the grain to another silo."));
        _logger.LogInformation("Membership view {Version}: {Active} active silos; {Moved} activations moved away.",
            view.Version, ring.Silos.Count, moved);
    }

    private void OnDeclaredDead()
    {
        _logger.LogCritical("Silo {Silo} was declared dead by its cluster; stopping.", router.Self);
        lifetime.StopApplication();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_oracle is null) return;
        // Leave the ring first so that waiting requests forward to the new owners, then let the grains go, then the row.
        await _oracle.BeginShutdownAsync(cancellationToken);
        router.Ring = new ConsistentRing(_oracle.CurrentView.ActiveSilos.Where(s => s != router.Self));
        await catalog.DeactivateAllAsync(new DeactivationReason(DeactivationReasonCode.ShuttingDown, "The silo is leaving its cluster."), cancellationToken);
        await _oracle.ShutDownAsync(cancellationToken);
        _logger.LogInformation("Silo {Silo} left cluster {ClusterId}.", router.Self, clusterOptions.Value.ClusterId);
    }

    private int _disposed;

    // The container disposes a singleton once per registration that returns it; only the first counts.
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        if (_oracle is not null) await _oracle.DisposeAsync();
        await messages.DisposeAsync();
    }
}
