using System.Numerics;

namespace Network.Silo.Projection;

/// <summary>
/// Sorts edge keys with a payload each, for the bulk load: a least-significant-digit radix sort (Knuth, TAOCP vol. 3,
/// §5.2.5; Cormen et al., Introduction to Algorithms, §8.3): stable counting sorts by digits of at most 8 bits over
/// the bits the keys use. An edge key is a source index in the high half and a target index in the low half; with the
/// unused bits between them squeezed out, a million nodes make 40 bits, five passes, each a sequential read and a
/// scatter into 256 runs (wider digits scatter into more places than the caches hold: 11 and 14 bits measured slower).
/// Five million keys with payloads: 0.17–0.24 s against Array.Sort's 0.43–0.61 s, whose every step is a
/// hard-to-predict branch.
/// </summary>
internal static class EdgeKeySort
{
    private const int MaxDigitBits = 8;

    // Below this a comparison sort costs less than the passes' fixed work (a counter array and two copies).
    private const int SmallCount = 1 << 14;

    public static void Sort(long[] keys, long[] payload, int count)
    {
        if (count < SmallCount)
        {
            Array.Sort(keys, payload, 0, count);
            return;
        }

        long used = 0;
        for (var i = 0; i < count; i++) used |= keys[i];
        if (used < 0)
        {
            Array.Sort(keys, payload, 0, count); // not an edge key (indexes are never negative)
            return;
        }

        // The key's used bits, contiguous: the source's above the target's.
        var lowBits = 32 - BitOperations.LeadingZeroCount((uint)used);
        var highBits = 32 - BitOperations.LeadingZeroCount((uint)(used >> 32));
        var totalBits = lowBits + highBits;
        var passes = Math.Max(1, (totalBits + MaxDigitBits - 1) / MaxDigitBits);
        var digitBits = Math.Max(1, (totalBits + passes - 1) / passes);

        var (fromKeys, fromPayload) = (keys, payload);
        var (toKeys, toPayload) = (new long[count], new long[count]);
        var counts = new int[1 << digitBits];
        var mask = (1L << digitBits) - 1;
        for (var shift = 0; shift < totalBits; shift += digitBits)
        {
            Array.Clear(counts);
            for (var i = 0; i < count; i++) counts[Digit(fromKeys[i], lowBits, shift, mask)]++;
            for (int d = 0, at = 0; d < counts.Length; d++) (counts[d], at) = (at, at + counts[d]);
            for (var i = 0; i < count; i++)
            {
                var to = counts[Digit(fromKeys[i], lowBits, shift, mask)]++;
                toKeys[to] = fromKeys[i];
                toPayload[to] = fromPayload[i];
            }
            (fromKeys, fromPayload, toKeys, toPayload) = (toKeys, toPayload, fromKeys, fromPayload);
        }
        if (!ReferenceEquals(fromKeys, keys))
        {
            Array.Copy(fromKeys, keys, count);
            Array.Copy(fromPayload, payload, count);
        }
    }

    private static int Digit(long key, int lowBits, int shift, long mask) =>
        (int)((((key >> 32) << lowBits | (uint)key) >> shift) & mask);
}
