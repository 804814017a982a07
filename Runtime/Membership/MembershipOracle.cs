using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Placement;
using Orleans.Runtime;

namespace Orleans.Membership;

/// <summary>
/// A silo's part in cluster membership, after Orleans' MembershipTableManager, ClusterHealthMonitor and
/// SiloHealthMonitor: it joins the table (Joining, then Active), probes up to NumProbedSilos peers, votes a peer that
/// misses NumMissedProbesLimit probes in a row suspect, declares it dead once enough fresh votes agree, gossips every
/// change it writes, re-reads the table on gossip and every TableRefreshTimeout, publishes IAmAlive, and raises
/// <see cref="DeclaredDead"/> when it finds its own row dead. Every table write is compare-and-swap, retried against a
/// fresh read when another silo wrote first.
/// </summary>
public sealed class MembershipOracle : IAsyncDisposable
{
    private readonly SiloAddress _self;
    private readonly string _siloName;
    private readonly IMembershipTable _table;
    private readonly IMembershipTransport _transport;
    private readonly ClusterMembershipOptions _options;
    private readonly ILogger<MembershipOracle> _logger;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Dictionary<SiloAddress, int> _missedProbes = [];
    private readonly SemaphoreSlim _refreshSignal = new(0);
    private readonly SemaphoreSlim _readLock = new(1, 1);
    private readonly List<Task> _loops = [];
    private MembershipView _view = MembershipView.Empty;
    private int _declaredDead;
    private bool _leaving;

    public MembershipOracle(SiloAddress self, string siloName, IMembershipTable table, IMembershipTransport transport,
        ClusterMembershipOptions options, ILogger<MembershipOracle> logger, TimeProvider? time = null)
    {
        _self = self;
        _siloName = siloName;
        _table = table;
        _transport = transport;
        _options = options;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    public MembershipView CurrentView => Volatile.Read(ref _view);

    /// <summary>Raised after every change of statuses in the table as this silo sees it, in table order (under the read lock: handlers must not await <see cref="RefreshAsync"/>).</summary>
    public event Action<MembershipView>? ViewChanged;

    /// <summary>This silo found its own row marked Dead: the cluster has moved on without it, so it must stop.</summary>
    public event Action? DeclaredDead;

    private DateTimeOffset Now => _time.GetUtcNow();

    // ---- joining and leaving ----

    /// <summary>
    /// Joins the cluster as Orleans' MembershipTableManager does: buries older generations of this endpoint (a restart
    /// must not wait to be voted out), inserts this silo Joining, then Active, and starts the loops. A table that fails or
    /// keeps changing is retried until <see cref="ClusterMembershipOptions.MaxJoinAttemptTime"/>, then the join fails.
    /// </summary>
    public async Task JoinAsync(CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(_options.MaxJoinAttemptTime, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await JoinTableAsync(linked.Token);
                break;
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Silo {_self} could not join the cluster within {_options.MaxJoinAttemptTime}.");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogWarning(e, "Silo {Silo} failed to join (attempt {Attempt}); retrying.", _self, attempt);
                try
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 50 * attempt)), _time, linked.Token);
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException($"Silo {_self} could not join the cluster within {_options.MaxJoinAttemptTime}.", e);
                }
            }
        }
        _logger.LogInformation("Silo {Silo} ({Name}) joined the cluster and is active.", _self, _siloName);
        await RefreshAsync();
        _loops.Add(ProbeLoopAsync(_stopping.Token));
        _loops.Add(IAmAliveLoopAsync(_stopping.Token));
        _loops.Add(RefreshLoopAsync(_stopping.Token));
    }

    private async Task JoinTableAsync(CancellationToken cancellationToken)
    {
        await _table.CleanupDefunctSiloEntries(Now - _options.DefunctSiloExpiration);
        var now = Now;
        var entry = new MembershipEntry(_self, _siloName, Environment.MachineName, SiloStatus.Joining, [], now, now);
        await WriteAsync("mark older generations of this endpoint dead, and insert this silo as joining", data =>
        {
            foreach (var (old, etag) in data.Entries)
                if (old.Silo.Endpoint.Equals(_self.Endpoint) && old.Silo.Generation < _self.Generation && old.Status != SiloStatus.Dead)
                {
                    _logger.LogWarning("Silo {Silo} marks its previous generation {Old} dead.", _self, old.Silo);
                    return (old with { Status = SiloStatus.Dead }, etag);
                }
            return data.Find(_self) is null ? (entry, null) : null;
        }, untilDone: true, cancellationToken);
        await SetOwnStatusAsync(SiloStatus.Active, cancellationToken);
    }

    /// <summary>First step of a graceful leave: ShuttingDown, so the others stop placing grains here.</summary>
    public async Task BeginShutdownAsync(CancellationToken cancellationToken)
    {
        _leaving = true;
        await SetOwnStatusAsync(SiloStatus.ShuttingDown, cancellationToken);
        await RefreshAsync();
    }

    /// <summary>Last step of a graceful leave: Dead, gossiped, loops stopped.</summary>
    public async Task ShutDownAsync(CancellationToken cancellationToken)
    {
        _leaving = true;
        await _stopping.CancelAsync();
        await SetOwnStatusAsync(SiloStatus.Dead, cancellationToken);
        _logger.LogInformation("Silo {Silo} left the cluster.", _self);
    }

    private Task SetOwnStatusAsync(SiloStatus status, CancellationToken cancellationToken) =>
        WriteAsync($"mark this silo {status}", data =>
        {
            if (data.Find(_self) is not { } row) throw new InvalidOperationException($"Silo {_self} has no row in the membership table.");
            if (row.Entry.Status == status || row.Entry.Status == SiloStatus.Dead) return null;
            return (row.Entry with { Status = status, IAmAliveTime = Now }, row.Etag);
        }, untilDone: true, cancellationToken);

    // ---- writing ----

    /// <summary>
    /// Reads the table, asks <paramref name="change"/> for one row to write (null: nothing to do), and writes it with
    /// compare-and-swap; on a lost race reads again. After a write it gossips and, with <paramref name="untilDone"/>,
    /// asks again (a join may first have to bury an old generation).
    /// </summary>
    private async Task<bool> WriteAsync(string what, Func<MembershipTableData, (MembershipEntry Entry, string? Etag)?> change,
        bool untilDone, CancellationToken cancellationToken)
    {
        var wrote = false;
        for (var attempt = 0; attempt < _options.MaxWriteAttempts * 2; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var data = await _table.ReadAll();
            if (change(data) is not { } write) return wrote;
            var next = data.Version.Next();
            var ok = write.Etag is null ? await _table.InsertRow(write.Entry, next) : await _table.UpdateRow(write.Entry, write.Etag, next);
            if (ok)
            {
                wrote = true;
                Gossip(data);
                if (!untilDone) return true;
                continue;
            }
            _logger.LogDebug("Membership write '{What}' lost a race; retrying.", what);
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 50)), cancellationToken);
        }
        throw new InvalidOperationException($"Could not {what}: the membership table kept changing underneath.");
    }

    private void Gossip(MembershipTableData data)
    {
        foreach (var (entry, _) in data.Entries)
            if (entry.Status == SiloStatus.Active && !entry.Silo.Equals(_self))
                _transport.NotifyMembershipChanged(entry.Silo);
    }

    // ---- reading ----

    /// <summary>A peer said the table changed: re-read it soon (bursts of gossip collapse into one read).</summary>
    public void OnGossip()
    {
        if (_refreshSignal.CurrentCount == 0) _refreshSignal.Release();
    }

    public async Task RefreshAsync()
    {
        // One read at a time, so that views are published in the order the table went through them.
        await _readLock.WaitAsync();
        try
        {
            await RefreshCoreAsync();
        }
        finally
        {
            _readLock.Release();
        }
    }

    private async Task RefreshCoreAsync()
    {
        var data = await _table.ReadAll();
        var view = MembershipView.From(data);
        var previous = Interlocked.Exchange(ref _view, view);
        if (!view.SameStatuses(previous))
        {
            foreach (var entry in view.Members)
            {
                var before = previous.StatusOf(entry.Silo);
                if (before != entry.Status && !entry.Silo.Equals(_self))
                    _logger.Log(entry.Status == SiloStatus.Dead ? LogLevel.Warning : LogLevel.Information,
                        "Membership: silo {Silo} ({Name}) is now {Status} (was {Before}).", entry.Silo, entry.SiloName, entry.Status, before);
            }
            ViewSubscribers.Raise(ViewChanged, view, _logger);
        }
        if (view.StatusOf(_self) == SiloStatus.Dead && !_leaving && Interlocked.Exchange(ref _declaredDead, 1) == 0)
        {
            _logger.LogCritical("Silo {Silo} finds itself declared dead in the membership table.", _self);
            await _stopping.CancelAsync();
            DeclaredDead?.Invoke();
        }
    }

    private async Task RefreshLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await _refreshSignal.WaitAsync(_options.TableRefreshTimeout, cancellationToken);
                await RefreshAsync();
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                _logger.LogWarning(e, "Reading the membership table failed; keeping the last view.");
            }
        }
    }

    private async Task IAmAliveLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.IAmAlivePublishTimeout, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    var now = Now;
                    await _table.UpdateIAmAlive(new MembershipEntry(_self, _siloName, Environment.MachineName, SiloStatus.Active, [], now, now));
                }
                catch (Exception e)
                {
                    _logger.LogWarning(e, "Publishing IAmAlive failed.");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    // ---- probing ----

    /// <summary>The silos this one probes: its successors on a ring of hashed addresses, so every silo is probed by several others.</summary>
    public IReadOnlyList<SiloAddress> ProbedSilos()
    {
        var ring = CurrentView.ActiveSilos.Append(_self).Distinct()
            .OrderBy(s => StableHash.Of(s.ToString())).ThenBy(s => s.ToString(), StringComparer.Ordinal).ToList();
        var me = ring.IndexOf(_self);
        var result = new List<SiloAddress>();
        for (var i = 1; i < ring.Count && result.Count < _options.NumProbedSilos; i++) result.Add(ring[(me + i) % ring.Count]);
        return result;
    }

    private async Task ProbeLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.ProbeTimeout, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var targets = ProbedSilos();
                var answers = await Task.WhenAll(targets.Select(t => ProbeAsync(t, cancellationToken)));
                if (cancellationToken.IsCancellationRequested) return; // a probe cut short by stopping is no miss
                for (var i = 0; i < targets.Count; i++) await OnProbedAsync(targets[i], answers[i], cancellationToken);
                foreach (var gone in _missedProbes.Keys.Except(targets).ToArray()) _missedProbes.Remove(gone);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>One probe: an answer within ProbeTimeout, or a miss (a transport that throws or hangs counts as a miss, never stops the loop).</summary>
    private async Task<bool> ProbeAsync(SiloAddress target, CancellationToken cancellationToken)
    {
        try
        {
            return await _transport.ProbeAsync(target, _options.ProbeTimeout, cancellationToken)
                .WaitAsync(_options.ProbeTimeout + TimeSpan.FromMilliseconds(50), _time, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogDebug(e, "Probing silo {Target} failed.", target);
            return false;
        }
    }

    private async Task OnProbedAsync(SiloAddress target, bool answered, CancellationToken cancellationToken)
    {
        if (answered)
        {
            _missedProbes[target] = 0;
            return;
        }
        var missed = _missedProbes[target] = _missedProbes.GetValueOrDefault(target) + 1;
        _logger.LogDebug("Silo {Target} missed probe {Missed} of {Limit}.", target, missed, _options.NumMissedProbesLimit);
        if (missed < _options.NumMissedProbesLimit) return;
        try
        {
            await SuspectOrKillAsync(target, cancellationToken);
            _missedProbes[target] = 0; // count afresh: another NumMissedProbesLimit misses renew the vote
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "Voting silo {Target} suspect failed.", target);
        }
    }

    /// <summary>
    /// Adds this silo's vote against <paramref name="target"/> (Orleans' TryToSuspectOrKill): votes older than
    /// DeathVoteExpirationTimeout are dropped, and when the fresh votes reach NumVotesForDeathDeclaration (or every other
    /// active silo, in a small cluster) the vote declares the target dead instead.
    /// </summary>
    public async Task SuspectOrKillAsync(SiloAddress target, CancellationToken cancellationToken)
    {
        var declared = false;
        var voters = 0;
        var required = 0;
        var wrote = await WriteAsync($"vote {target} suspect", data =>
        {
            if (data.Find(target) is not { } row || row.Entry.Status == SiloStatus.Dead) return null;
            if (data.Find(_self) is not { Entry.Status: SiloStatus.Active }) return null; // only active silos vote
            var now = Now;
            var votes = row.Entry.SuspectTimes
                .Where(v => now - v.Time < _options.DeathVoteExpirationTimeout && !v.Voter.Equals(_self))
                .Append(new SuspectVote(_self, now))
                .ToImmutableArray();
            // Orleans' rule: a majority of the active silos that still stamp IAmAlive, capped at NumVotesForDeathDeclaration.
            // So two silos need one vote, and silos dead together do not block each other's eviction.
            var allowedMiss = _options.IAmAlivePublishTimeout * _options.NumMissedTableIAmAliveLimit;
            var activeNonStale = data.Entries.Count(r => r.Entry.Status == SiloStatus.Active && now - r.Entry.IAmAliveTime <= allowedMiss);
            required = Math.Max(1, Math.Min(_options.NumVotesForDeathDeclaration, (activeNonStale + 1) / 2));
            voters = votes.Select(v => v.Voter).Distinct().Count();
            declared = voters >= required;
            return (row.Entry with { Status = declared ? SiloStatus.Dead : row.Entry.Status, SuspectTimes = votes }, row.Etag);
        }, untilDone: false, cancellationToken);
        if (!wrote) return;
        if (declared)
            _logger.LogWarning("Silo {Voter} declared silo {Target} dead with {Votes} of {Required} fresh votes after {Missed} missed probes.",
                _self, target, voters, required, _options.NumMissedProbesLimit);
        else
            _logger.LogWarning("Silo {Voter} suspects silo {Target} ({Votes} of {Required} votes) after {Missed} missed probes.",
                _self, target, voters, required, _options.NumMissedProbesLimit);
        await RefreshAsync();
    }

    private int _disposed;

    // The container disposes a singleton once per registration that returns it; only the first counts.
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_loops);
        }
        catch (Exception)
        {
            // Loops end by cancellation; anything else was logged where it happened.
        }
        // _stopping is not disposed: a read still in flight may cancel it, and a token source without a timer holds nothing.
    }
}
