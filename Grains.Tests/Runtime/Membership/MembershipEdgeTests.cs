using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Membership;
using Orleans.Runtime;
using Xunit;

namespace Grains.Tests.Runtime.Membership;

/// <summary>The oracle's edges: a table that never answers, a transport that throws or hangs, IAmAlive, and the client's reader.</summary>
public sealed class MembershipEdgeTests
{
    private static ClusterMembershipOptions Fast() => new()
    {
        ProbeTimeout = TimeSpan.FromMilliseconds(100),
        TableRefreshTimeout = TimeSpan.FromMilliseconds(300),
        IAmAlivePublishTimeout = TimeSpan.FromMilliseconds(100),
        MaxJoinAttemptTime = TimeSpan.FromMilliseconds(400),
    };

    private static SiloAddress Silo(int port) => MembershipTableTests.Entry(port).Silo;

    /// <summary>A table whose every read fails, as when the database is unreachable.</summary>
    private sealed class BrokenTable : IMembershipTable
    {
        public int Reads;
        public Task InitializeMembershipTable(bool tryInitTableVersion) => Task.CompletedTask;
        public Task<MembershipTableData> ReadAll()
        {
            Interlocked.Increment(ref Reads);
            throw new InvalidOperationException("the database is down");
        }
        public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion) => Task.FromResult(false);
        public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion) => Task.FromResult(false);
        public Task UpdateIAmAlive(MembershipEntry entry) => Task.CompletedTask;
        public Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate) => Task.CompletedTask;
        public Task DeleteMembershipTableEntries(string clusterId) => Task.CompletedTask;
    }

    /// <summary>Answers probes of the silos in <see cref="Up"/>; throws for some, hangs for the rest.</summary>
    private sealed class UnrulyTransport : IMembershipTransport
    {
        public ConcurrentDictionary<SiloAddress, byte> Up { get; } = new();
        public ConcurrentDictionary<SiloAddress, byte> Throws { get; } = new();

        public Task<bool> ProbeAsync(SiloAddress target, TimeSpan timeout, CancellationToken cancellationToken) =>
            Up.ContainsKey(target) ? Task.FromResult(true)
            : Throws.ContainsKey(target) ? Task.FromException<bool>(new IOException("connection refused"))
            : new TaskCompletionSource<bool>().Task; // never answers, ignores its timeout

        public void NotifyMembershipChanged(SiloAddress target) { }
    }

    [Fact]
    public async Task A_silo_that_cannot_reach_the_table_gives_up_after_MaxJoinAttemptTime()
    {
        var table = new BrokenTable();
        await using var oracle = new MembershipOracle(Silo(1), "s1", table, new UnrulyTransport(), Fast(), NullLogger<MembershipOracle>.Instance);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAsync<TimeoutException>(() => oracle.JoinAsync(CancellationToken.None));

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(350), TimeSpan.FromSeconds(2));
        Assert.True(table.Reads > 1, "the join is retried until the deadline");
    }

    [Fact]
    public async Task Probes_that_throw_or_hang_count_as_misses_and_the_silos_are_voted_out()
    {
        var table = new InMemoryMembershipTable();
        var transport = new UnrulyTransport();
        foreach (var port in new[] { 1, 2, 3 }) transport.Up[Silo(port)] = 0;
        var oracles = new List<MembershipOracle>();
        foreach (var port in new[] { 1, 2, 3 })
        {
            var oracle = new MembershipOracle(Silo(port), "s" + port, table, transport, Fast(), NullLogger<MembershipOracle>.Instance);
            await oracle.JoinAsync(CancellationToken.None);
            oracles.Add(oracle);
        }
        await oracles[0].RefreshAsync();
        Assert.Equal(3, oracles[0].CurrentView.ActiveSilos.Length);

        // Silo 2's connection is refused, silo 3 hangs. Silo 1 alone is left to vote: once the two stop stamping
        // IAmAlive they no longer count in the majority, so its one vote evicts each (Orleans' activeNonStaleSilos).
        transport.Up.TryRemove(Silo(2), out _);
        transport.Up.TryRemove(Silo(3), out _);
        transport.Throws[Silo(2)] = 0;
        await oracles[1].DisposeAsync();
        await oracles[2].DisposeAsync();

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (oracles[0].CurrentView.ActiveSilos.Length != 1 && DateTime.UtcNow < deadline) await Task.Delay(20);

        Assert.Equal([Silo(1)], oracles[0].CurrentView.ActiveSilos.ToArray());
        await oracles[0].DisposeAsync();
    }

    [Fact]
    public async Task IAmAlive_is_stamped_without_moving_the_version()
    {
        var table = new InMemoryMembershipTable();
        await using var oracle = new MembershipOracle(Silo(1), "s1", table, new UnrulyTransport(), Fast(), NullLogger<MembershipOracle>.Instance);
        await oracle.JoinAsync(CancellationToken.None);
        var joined = await table.ReadAll();

        await Task.Delay(350);

        var later = await table.ReadAll();
        Assert.Equal(joined.Version, later.Version);
        Assert.True(later.Find(Silo(1))!.Value.Entry.IAmAliveTime > joined.Find(Silo(1))!.Value.Entry.IAmAliveTime);
        Assert.Equal("s1", later.Find(Silo(1))!.Value.Entry.SiloName);
        Assert.Equal(Environment.MachineName, later.Find(Silo(1))!.Value.Entry.HostName);
    }

    [Fact]
    public async Task A_client_reader_follows_joins_and_leaves_without_writing()
    {
        var table = new InMemoryMembershipTable();
        await using var reader = new MembershipReader(table, Fast(), NullLogger<MembershipReader>.Instance);
        var views = new ConcurrentQueue<MembershipView>();
        reader.ViewChanged += views.Enqueue;
        await using var a = new MembershipOracle(Silo(1), "s1", table, new UnrulyTransport(), Fast(), NullLogger<MembershipOracle>.Instance);
        await a.JoinAsync(CancellationToken.None);

        await reader.RefreshAsync();
        Assert.Equal([Silo(1)], reader.CurrentView.ActiveSilos.ToArray());
        var version = (await table.ReadAll()).Version;

        await a.ShutDownAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(2);
        while (reader.CurrentView.ActiveSilos.Length != 0 && DateTime.UtcNow < deadline) await Task.Delay(20); // the periodic read

        Assert.Empty(reader.CurrentView.ActiveSilos);
        Assert.Equal(SiloStatus.Dead, reader.CurrentView.StatusOf(Silo(1)));
        Assert.Equal(2, views.Count);
        Assert.Equal(version.Version + 1, (await table.ReadAll()).Version.Version); // only the leave wrote
    }

    [Fact]
    public async Task A_failing_view_subscriber_does_not_hide_the_silos_own_death()
    {
        var table = new InMemoryMembershipTable();
        await using var a = new MembershipOracle(Silo(1), "s1", table, new UnrulyTransport(), Fast(), NullLogger<MembershipOracle>.Instance);
        await a.JoinAsync(CancellationToken.None);
        var declared = 0;
        a.ViewChanged += _ => throw new InvalidOperationException("a subscriber's bug");
        a.DeclaredDead += () => Interlocked.Increment(ref declared);

        var read = await table.ReadAll();
        var (entry, etag) = read.Find(Silo(1))!.Value;
        Assert.True(await table.UpdateRow(entry with { Status = SiloStatus.Dead }, etag, read.Version.Next()));
        await a.RefreshAsync();

        Assert.Equal(1, declared);
    }
}
