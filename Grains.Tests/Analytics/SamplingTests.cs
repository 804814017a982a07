using Analytics.Sampling;
using Xunit;

namespace Grains.Tests.Analytics;

public sealed class SamplingTests
{
    [Fact]
    public void Generator_matches_an_independent_xoshiro256_starstar()
    {
        // Expected words come from the plain-Python xoshiro256** in make_reference.py.
        var r = new SeededRandom(42);
        foreach (ulong expected in NetworkXReference.Xoshiro.Seed42)
        {
            Assert.Equal(expected, r.NextUInt64());
        }
        r = new SeededRandom(-1);
        foreach (ulong expected in NetworkXReference.Xoshiro.SeedMinus1)
        {
            Assert.Equal(expected, r.NextUInt64());
        }
    }

    [Fact]
    public void Bounded_integers_stay_in_range_and_spread_evenly()
    {
        var r = new SeededRandom(7);
        var counts = new int[6];
        for (int i = 0; i < 60_000; i++)
        {
            counts[r.NextInt(6)]++;
        }
        // Chi-square with 5 degrees of freedom; 20.5 is the 0.999 quantile.
        double chi = counts.Sum(c => (c - 10_000.0) * (c - 10_000.0) / 10_000.0);
        Assert.True(chi < 20.5, $"chi-square {chi}");
        Assert.Equal(0, new SeededRandom(1).NextInt(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeededRandom(1).NextInt(0));
    }

    [Fact]
    public void Shuffle_is_a_seeded_permutation()
    {
        int[] a = Enumerable.Range(0, 100).ToArray();
        int[] b = Enumerable.Range(0, 100).ToArray();
        new SeededRandom(5).Shuffle(a.AsSpan());
        new SeededRandom(5).Shuffle(b.AsSpan());
        Assert.Equal(a, b);
        Assert.NotEqual(Enumerable.Range(0, 100), a);
        Assert.Equal(Enumerable.Range(0, 100), a.Order());
    }
}
