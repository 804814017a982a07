namespace Analytics.Sampling;

/// <summary>
/// A small seeded pseudo-random generator, xoshiro256** seeded through SplitMix64, so that every
/// seeded algorithm gives the same answer on every runtime and machine (System.Random makes no such
/// promise across .NET versions).
/// </summary>
/// <remarks>
/// Reference: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators",
/// ACM Transactions on Mathematical Software 47(4), 2021. Bounded integers use Lemire's
/// multiply-and-reject method: D. Lemire, "Fast random integer generation in an interval",
/// ACM Transactions on Modeling and Computer Simulation 29(1), 2019.
/// </remarks>
public sealed class SeededRandom
{
    private ulong s0, s1, s2, s3;

    /// <summary>Creates a generator whose whole sequence is fixed by <paramref name="seed"/>.</summary>
    public SeededRandom(long seed)
    {
        ulong x = unchecked((ulong)seed);
        s0 = SplitMix(ref x);
        s1 = SplitMix(ref x);
        s2 = SplitMix(ref x);
        s3 = SplitMix(ref x);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>).</summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        ulong b = (ulong)bound;
        while (true)
        {
            ulong r = NextUInt64() >> 32;          // 32 random bits
            ulong product = r * b;
            uint low = (uint)product;
            if (low >= (uint)((0x1_0000_0000UL - b) % b))
            {
                return (int)(product >> 32);
            }
        }
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates; Knuth, TAOCP vol. 2, Algorithm 3.4.2P).</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
