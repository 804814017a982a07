using System.Net;
using Orleans.Placement;
using Orleans.Runtime;
using Xunit;

namespace Grains.Tests.Runtime.Placement;

/// <summary>Placement by consistent hashing: every process agrees, the load spreads, and a join moves only what it must.</summary>
public sealed class ConsistentRingTests
{
    private static SiloAddress Silo(int port) => new(new IPEndPoint(IPAddress.Loopback, port), 42);

    private static readonly GrainId[] Grains = Enumerable.Range(0, 10_000).Select(i => new GrainId("user", i.ToString())).ToArray();

    [Fact]
    public void Every_process_builds_the_same_ring_whatever_order_it_learns_the_silos_in()
    {
        var one = new ConsistentRing([Silo(1), Silo(2), Silo(3)]);
        var other = new ConsistentRing([Silo(3), Silo(1), Silo(2), Silo(1)]);

        Assert.All(Grains, g => Assert.Equal(one.OwnerOf(g), other.OwnerOf(g)));
    }

    [Fact]
    public void Grains_spread_over_the_silos()
    {
        var ring = new ConsistentRing([Silo(1), Silo(2), Silo(3)]);

        var shares = Grains.GroupBy(ring.OwnerOf).ToDictionary(g => g.Key!, g => g.Count() / (double)Grains.Length);

        Assert.Equal(3, shares.Count);
        Assert.All(shares.Values, share => Assert.InRange(share, 0.2, 0.47)); // 30 points per silo: uneven, never lopsided
    }

    [Fact]
    public void A_joining_silo_takes_grains_only_for_itself_and_leaving_gives_back_exactly_those()
    {
        var three = new ConsistentRing([Silo(1), Silo(2), Silo(3)]);
        var four = new ConsistentRing([Silo(1), Silo(2), Silo(3), Silo(4)]);

        var moved = Grains.Where(g => three.OwnerOf(g) != four.OwnerOf(g)).ToArray();

        Assert.All(moved, g => Assert.Equal(Silo(4), four.OwnerOf(g)));
        Assert.InRange(moved.Length / (double)Grains.Length, 0.1, 0.4);
        Assert.Equal(moved.Length, Grains.Count(g => four.OwnerOf(g) == Silo(4)));
    }

    [Fact]
    public void A_grain_hash_is_stable_across_processes_and_releases()
    {
        // Every silo and client must compute the same owner, so this value may never change. It was computed
        // independently in Python (FNV-1a over UTF-8, MurmurHash3's fmix32, then fmix32(type * 31 + key)).
        Assert.Equal(2903825215u, ConsistentRing.HashOf(new GrainId("user", "12345")));
    }

    [Fact]
    public void An_empty_ring_owns_nothing()
    {
        Assert.Null(ConsistentRing.Empty.OwnerOf(Grains[0]));
    }
}
