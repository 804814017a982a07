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
    private readonly CancellationTokenSource _stopping = new();
    private MembershipReader? _reader;
    private Task? _polling;

    public SiloAddress? LocalSilo => null;

    public MembershipView CurrentView => _reader?.CurrentView ?? new MembershipView(0, []);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await table.InitializeMembershipTable(true);
        _reader = new MembershipReader(table, membershipOptions.Value, loggers.CreateLogger<MembershipReader>());
        _reader.ViewChanged += OnViewChanged;
        await _reader.RefreshAsync();
        OnViewChanged(_reader.CurrentView);
        _polling = PollAsync(_stopping.Token);
        _logger.LogInformation("Client connected to cluster {ClusterId}: {Active} active silos.",
            clusterOptions.Value.ClusterId, _reader.CurrentView.ActiveSilos.Length);
    }

    private void OnViewChanged(MembershipView view) => router.Apply(view);

    // Silos gossip changes to each other, not to clients; so a client re-reads the table as often as silos probe,
    // which bounds how long it keeps sending to a silo the cluster has already declared dead.
    private async Task PollAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(membershipOptions.Value.ProbeTimeout);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await _reader!.RefreshAsync();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    _logger.LogWarning(e, "Reading the membership table failed; keeping the last view.");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_polling is not null) await _polling;
    }

    private int _disposed;

    // The container disposes a singleton once per registration that returns it; only the first counts.
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _stopping.Dispose();
        if (_reader is not null) await _reader.DisposeAsync();
    }
}
