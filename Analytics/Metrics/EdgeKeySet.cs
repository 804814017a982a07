namespace Analytics.Metrics;

/// <summary>A set of undirected edges {u, v} of non-negative node ids, for the membership tests of edge swaps.</summary>
/// <remarks>
/// Open addressing with linear probing at a load of at most one half, and deletion by moving later entries of the
/// probe run back into the hole (D. E. Knuth, <i>The Art of Computer Programming</i>, vol. 3, 2nd ed., §6.4,
/// Algorithm R), so no tombstones pile up however many swaps remove and add edges. A lookup is usually one cache
/// miss, where <see cref="HashSet{T}"/> takes two (its bucket, then its entry) plus the chain: the swaps of a null
/// model on millions of ties spend their time in these misses.
/// </remarks>
internal sealed class EdgeKeySet
{
    // Keys are (min << 32) | max with min < max, so never 0: 0 marks an empty slot.
    private readonly long[] _slots;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>A set with room for <paramref name="capacity"/> edges.</summary>
    public EdgeKeySet(int capacity)
    {
        int bits = 1;
        while ((1L << bits) < 2L * Math.Max(capacity, 1))
        {
            bits++;
        }
        _slots = new long[1 << bits];
        _shift = 64 - bits;
        _mask = (1 << bits) - 1;
    }

    public bool Contains(int u, int v)
    {
        long key = Key(u, v);
        for (int i = Home(key); ; i = (i + 1) & _mask)
        {
            long slot = _slots[i];
            if (slot == key)
            {
                return true;
            }
            if (slot == 0)
            {
                return false;
            }
        }
    }

    /// <summary>Adds the edge; adding one already present changes nothing.</summary>
    public void Add(int u, int v)
    {
        long key = Key(u, v);
        int i = Home(key);
        while (_slots[i] != 0 && _slots[i] != key)
        {
            i = (i + 1) & _mask;
        }
        _slots[i] = key;
    }

    /// <summary>Removes the edge; removing one not present changes nothing.</summary>
    public void Remove(int u, int v)
    {
        long key = Key(u, v);
        int hole = Home(key);
        while (_slots[hole] != key)
        {
            if (_slots[hole] == 0)
            {
                return;
            }
            hole = (hole + 1) & _mask;
        }
        // Algorithm R: an entry later in the run moves into the hole unless its home lies cyclically in (hole, j].
        for (int j = (hole + 1) & _mask; _slots[j] != 0; j = (j + 1) & _mask)
        {
            int home = Home(_slots[j]);
            bool staysPut = hole <= j ? hole < home && home <= j : hole < home || home <= j;
            if (!staysPut)
            {
                _slots[hole] = _slots[j];
                hole = j;
            }
        }
        _slots[hole] = 0;
    }

    private static long Key(int u, int v) => u < v ? ((long)u << 32) | (uint)v : ((long)v << 32) | (uint)u;

    // Fibonacci hashing: the top bits of the key times 2^64/φ (Knuth, §6.4), spreading keys that share low bits.
    private int Home(long key) => (int)(unchecked((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
}
