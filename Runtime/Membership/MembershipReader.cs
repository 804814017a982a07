using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Orleans.Membership;

/// <summary>
/// A client's view of the membership table: it reads, never writes (clients are not members), every
/// <paramref name="refreshPeriod"/> (default TableRefreshTimeout) and on request.
/// </summary>
public sealed class MembershipReader : IAsyncDisposable
{
    private readonly IMembershipTable _table;
    private readonly ILogger<MembershipReader> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private readonly SemaphoreSlim _readLock = new(1, 1);
    private MembershipView _view = MembershipView.Empty;

    public MembershipReader(IMembershipTable table, ClusterMembershipOptions options, ILogger<MembershipReader> logger, TimeSpan? refreshPeriod = null)
    {
        _table = table;
        _logger = logger;
        _loop = LoopAsync(refreshPeriod ?? options.TableRefreshTimeout, _stopping.Token);
    }

    public MembershipView CurrentView => Volatile.Read(ref _view);

    /// <summary>Raised when the statuses in the table change, in table order.</summary>
    public event Action<MembershipView>? ViewChanged;

    public async Task RefreshAsync()
    {
        await _readLock.WaitAsync();
        try
        {
            var data = await _table.ReadAll();
            var view = MembershipView.From(data);
            var previous = Interlocked.Exchange(ref _view, view);
            if (!view.SameStatuses(previous))
            {
                _logger.LogInformation("Membership view {Version}: {Active} active silos ({Silos}).",
                    view.Version, view.ActiveSilos.Length, string.Join(", ", view.ActiveSilos));
                ViewSubscribers.Raise(ViewChanged, view, _logger);
            }
        }
        finally
        {
            _readLock.Release();
        }
    }

    private async Task LoopAsync(TimeSpan period, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await RefreshAsync();
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

    private int _disposed;

    // The container disposes a singleton once per registration that returns it; only the first counts.
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _stopping.CancelAsync();
        await _loop;
        _stopping.Dispose();
    }
}
