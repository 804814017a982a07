using System.Collections.Concurrent;
using System.Diagnostics;
using Grains.Tests.Silo;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Membership;
using Orleans.Runtime;
using Xunit;

namespace Grains.Tests.Runtime.Membership;

/// <summary>
/// Oracles of several silos over one table, with a fake transport: a silo "dies" when its probes stop being
/// answered. Probes every 100 ms, three misses to suspect: a dead silo is voted out in well under a second.
/// </summary>
public sealed class MembershipOracleTests
{
    private sealed class FakeTransport : IMembershipTransport
    {
        public ConcurrentDictionary<SiloAddress, MembershipOracle> Oracles { get; } = new();
        public ConcurrentDictionary<SiloAddress, byte> Down { get; } = new();

        public Task<bool> ProbeAsync(SiloAddress target, TimeSpan timeout, CancellationToken cancellationToken) =>
            Task.FromResult(!Down.ContainsKey(target));

        public void NotifyMembershipChanged(SiloAddress target)
        {
            if (!Down.ContainsKey(target) && Oracles.TryGetValue(target, out var oracle)) oracle.OnGossip();
        }
    }

    private static ClusterMembershipOptions Fast() => new()
    {
        ProbeTimeout = TimeSpan.FromMilliseconds(100),
        NumMissedProbesLimit = 3,
        TableRefreshTimeout = TimeSpan.FromMilliseconds(500),
        IAmAlivePublishTimeout = TimeSpan.FromSeconds(1), // no silo turns stale within a test: the dead count in the majority
    };

    private static async Task<MembershipOracle> JoinAsync(IMembershipTable table, FakeTransport transport, int port, int generation = 1)
    {
        var silo = MembershipTableTests.Entry(port, generation: generation).Silo;
        var oracle = new MembershipOracle(silo, "s" + port, table, transport, Fast(), NullLogger<MembershipOracle>.Instance);
        transport.Oracles[silo] = oracle;
        await oracle.JoinAsync(CancellationToken.None);
        return oracle;
    }

    private static async Task WaitUntil(Func<bool> condition, string what, double seconds = 5)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed.TotalSeconds > seconds) throw new TimeoutException($"Gave up waiting for {what}.");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task Three_silos_join_and_each_sees_three_active()
    {
        var table = new InMemoryMembershipTable();
        var transport = new FakeTransport();
        var oracles = new[] { await JoinAsync(table, transport, 1), await JoinAsync(table, transport, 2), await JoinAsync(table, transport, 3) };

        await WaitUntil(() => oracles.All(o => o.CurrentView.ActiveSilos.Length == 3), "every silo to see three");
        Assert.All(oracles, o => Assert.Equal(2, o.ProbedSilos().Count));
        foreach (var o in oracles) await o.DisposeAsync();
    }

    [Theory]
    [MembershipTableTests.MemoryData]
    [PostgresData]
    public async Task A_silo_that_stops_answering_is_voted_dead_and_everyone_sees_it(string provider)
    {
        var table = await MembershipTableTests.TableAsync(provider);
        var transport = new FakeTransport();
        var a = await JoinAsync(table, transport, 1);
        var b = await JoinAsync(table, transport, 2);
        var c = await JoinAsync(table, transport, 3);
        await WaitUntil(() => a.CurrentView.ActiveSilos.Length == 3 && b.CurrentView.ActiveSilos.Length == 3, "three active");
        var changes = new ConcurrentQueue<MembershipView>();
        a.ViewChanged += changes.Enqueue;

        transport.Down[MembershipTableTests.Entry(3).Silo] = 0;
        await c.DisposeAsync(); // killed: no goodbye

        await WaitUntil(() => a.CurrentView.StatusOf(MembershipTableTests.Entry(3).Silo) == SiloStatus.Dead
            && b.CurrentView.StatusOf(MembershipTableTests.Entry(3).Silo) == SiloStatus.Dead, "the dead silo to be declared dead", 10);
        Assert.Contains(changes, v => v.ActiveSilos.Length == 2);
        var row = (await table.ReadAll()).Find(MembershipTableTests.Entry(3).Silo)!.Value.Entry;
        Assert.Equal(2, row.SuspectTimes.Select(v => v.Voter).Distinct().Count()); // two votes were needed and given
        await a.DisposeAsync();
        await b.DisposeAsync();
    }

    [Fact]
    public async Task Of_two_silos_the_survivor_declares_the_dead_one_alone()
    {
        var table = new InMemoryMembershipTable();
        var transport = new FakeTransport();
        var a = await JoinAsync(table, transport, 1);
        var b = await JoinAsync(table, transport, 2);

        transport.Down[MembershipTableTests.Entry(2).Silo] = 0;
        await b.DisposeAsync();

        await WaitUntil(() => a.CurrentView.ActiveSilos.Length == 1, "the survivor to be alone");
        await a.DisposeAsync();
    }

    [Fact]
    public async Task A_silo_alone_never_declares_itself_dead()
    {
        var table = new InMemoryMembershipTable();
        var a = await JoinAsync(table, new FakeTransport(), 1);

        await Task.Delay(800);

        Assert.Equal(SiloStatus.Active, a.CurrentView.StatusOf(MembershipTableTests.Entry(1).Silo));
        Assert.Empty(a.ProbedSilos());
        await a.DisposeAsync();
    }

    [Fact]
    public async Task A_silo_that_finds_itself_declared_dead_raises_it_once()
    {
        var table = new InMemoryMembershipTable();
        var transport = new FakeTransport();
        var a = await JoinAsync(table, transport, 1);
        var b = await JoinAsync(table, transport, 2);
        var c = await JoinAsync(table, transport, 3);
        var declared = 0;
        c.DeclaredDead += () => Interlocked.Increment(ref declared);

        // c's loops still run, but nobody hears it: a partition, from c's side.
        transport.Down[MembershipTableTests.Entry(3).Silo] = 0;

        await WaitUntil(() => declared == 1, "c to learn it was declared dead", 10);
        await Task.Delay(300);
        Assert.Equal(1, declared);
        foreach (var o in new[] { a, b, c }) await o.DisposeAsync();
    }

    [Fact]
    public async Task A_graceful_leave_is_seen_at_once_through_gossip()
    {
        var table = new InMemoryMembershipTable();
        var transport = new FakeTransport();
        var a = await JoinAsync(table, transport, 1);
        var b = await JoinAsync(table, transport, 2);
        await WaitUntil(() => a.CurrentView.ActiveSilos.Length == 2, "two active");
        var clock = Stopwatch.StartNew();

        await b.BeginShutdownAsync(CancellationToken.None);
        await WaitUntil(() => a.CurrentView.StatusOf(MembershipTableTests.Entry(2).Silo) == SiloStatus.ShuttingDown, "shutting down");
        await b.ShutDownAsync(CancellationToken.None);
        await WaitUntil(() => a.CurrentView.StatusOf(MembershipTableTests.Entry(2).Silo) == SiloStatus.Dead, "dead");

        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(450), $"gossip, not the 500 ms refresh, should carry it: {clock.Elapsed}");
        await a.DisposeAsync();
        await b.DisposeAsync();
    }

    [Fact]
    public async Task A_silo_restarted_on_its_endpoint_buries_its_previous_generation()
    {
        var table = new InMemoryMembershipTable();
        var transport = new FakeTransport();
        var a = await JoinAsync(table, transport, 1);
        var old = await JoinAsync(table, transport, 2, generation: 1);
        await old.DisposeAsync(); // crashed, still Active in the table

        var restarted = await JoinAsync(table, transport, 2, generation: 2);

        var view = restarted.CurrentView;
        Assert.Equal(SiloStatus.Dead, view.StatusOf(MembershipTableTests.Entry(2, generation: 1).Silo));
        Assert.Equal(SiloStatus.Active, view.StatusOf(MembershipTableTests.Entry(2, generation: 2).Silo));
        await a.DisposeAsync();
        await restarted.DisposeAsync();
    }
}
