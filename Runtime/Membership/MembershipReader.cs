using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Orleans.Membership;

/// <summary>A client's view of the membership table: it reads, never writes (clients are not members), every TableRefreshTimeout and on request.</summary>
public sealed class MembershipReader : IAsyncDisposable
{
    private readonly IMembershipTable _table;
    private readonly ILogger<MembershipReader> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private readonly SemaphoreSlim _readLock = new(1, 1);
    private MembershipView _view = new(0, []);

    public MembershipReader(IMembershipTable table, ClusterMembershipOptions options, ILogger<MembershipReader> logger)
    {
        _table = table;
        _logger = logger;
        _loop = LoopAsync(options.TableRefreshTimeout, _stopping.Token);
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
            var view = new MembershipView(data.Version.Version, data.Entries.Select(r => r.Entry).ToImmutableArray());
            var previous = Interlocked.Exchange(ref _view, view);
            if (!view.SameStatuses(previous))
            {
                _logger.LogInformation("Membership view {Version}: {Active} active silos ({Silos}).",
                    view.Version, view.ActiveSilos.Length, string.Join(", ", view.ActiveSilos));
                Raise(view);
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

    /// <summary>A failing subscriber must not stop the others, nor the reads (nor, in a silo, the check for its own death).</summary>
    private void Raise(MembershipView view)
    {
        foreach (var handler in ViewChanged?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action<MembershipView>)handler)(view);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "A membership view subscriber failed on view {Version}.", view.Version);
            }
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
