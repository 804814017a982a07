namespace Network.Silo.Projection;

/// <summary>
/// The edges of one kind between dense node indices, compact enough for tens of millions: a sorted base of
/// 64-bit keys (source &lt;&lt; 32 | target) with parallel weight and visibility arrays (13 bytes an edge), plus a
/// small overlay of changes since the last compaction. Not thread-safe: the projection serialises access.
/// </summary>
public sealed class EdgeSet
{
    private long[] _keys = [];
    private int[] _weights = [];
    private byte[] _visibility = [];
    private int _baseCount;
    private readonly Dictionary<long, (int Weight, byte Visibility)> _added = [];
    private readonly HashSet<long> _removed = [];
    // The overlay's keys in order, kept from one pair copy to the next until the overlay changes: a projection that
    // took a large import by tailing holds up to an eighth of its edges here, and sorting them cost every report.
    private long[]? _addedInOrder;

    public int Count => _baseCount - _removed.Count + _added.Count;

    public static long Key(int source, int target) => ((long)source << 32) | (uint)target;
    public static int Source(long key) => (int)(key >> 32);
    public static int Target(long key) => (int)(uint)key;

    /// <summary>Replaces the contents with <paramref name="count"/> edges; keys need not be sorted but must be distinct.</summary>
    public void Load(long[] keys, int[] weights, byte[] visibility, int count)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++) order[i] = i;
        var sortedKeys = keys.AsSpan(0, count).ToArray();
        Array.Sort(sortedKeys, order);
        _keys = sortedKeys;
        _weights = new int[count];
        _visibility = new byte[count];
        for (var i = 0; i < count; i++)
        {
            _weights[i] = weights[order[i]];
            _visibility[i] = visibility[order[i]];
        }
        _baseCount = count;
        _added.Clear();
        _addedInOrder = null;
        _removed.Clear();
    }

    /// <summary>
    /// Replaces the contents with the first <paramref name="count"/> edges of the given arrays, which the set takes
    /// over (no copy when they are exactly that long). Keys must be distinct; when they already come in ascending
    /// order, as a scan of the edge table's primary key gives them, nothing is sorted.
    /// </summary>
    public void LoadOwned(long[] keys, int[] weights, byte[] visibility, int count)
    {
        for (var i = 1; i < count; i++)
        {
            if (keys[i - 1] >= keys[i])
            {
                Load(keys, weights, visibility, count);
                return;
            }
        }
        if (keys.Length != count)
        {
            Array.Resize(ref keys, count);
            Array.Resize(ref weights, count);
            Array.Resize(ref visibility, count);
        }
        _keys = keys;
        _weights = weights;
        _visibility = visibility;
        _baseCount = count;
        _added.Clear();
        _addedInOrder = null;
        _removed.Clear();
    }

    /// <summary>
    /// Like <see cref="LoadOwned"/> for keys in any order: sorts the given arrays in place (keys with their
    /// weights and visibility) and keeps them. Keys must be distinct.
    /// </summary>
    public void LoadSorting(long[] keys, int[] weights, byte[] visibility, int count)
    {
        // Weight and visibility travel with the key as one 64-bit payload, so one keyed sort moves both.
        var payload = new long[count];
        for (var i = 0; i < count; i++) payload[i] = (long)weights[i] << 8 | visibility[i];
        EdgeKeySort.Sort(keys, payload, count);
        for (var i = 0; i < count; i++)
        {
            weights[i] = (int)(payload[i] >> 8);
            visibility[i] = (byte)payload[i];
        }
        LoadOwned(keys, weights, visibility, count);
    }

    public bool TryGet(long key, out int weight, out byte visibility)
    {
        if (_added.TryGetValue(key, out var a))
        {
            (weight, visibility) = a;
            return true;
        }
        var i = Array.BinarySearch(_keys, 0, _baseCount, key);
        if (i >= 0 && !_removed.Contains(key))
        {
            weight = _weights[i];
            visibility = _visibility[i];
            return true;
        }
        weight = 0;
        visibility = 0;
        return false;
    }

    /// <summary>Inserts the edge with weight 1, or sets the visibility of the existing one.</summary>
    public void Upsert(long key, byte visibility) => Put(key, existing => existing ?? 1, visibility);

    /// <summary>Inserts the edge with weight 1, or adds one to its weight.</summary>
    public void Increment(long key, byte visibility) => Put(key, existing => (existing ?? 0) + 1, visibility);

    public void Remove(long key)
    {
        if (_added.Remove(key))
        {
            _addedInOrder = null;
            return;
        }
        if (Array.BinarySearch(_keys, 0, _baseCount, key) >= 0) _removed.Add(key);
    }

    private void Put(long key, Func<int?, int> weight, byte visibility)
    {
        var i = Array.BinarySearch(_keys, 0, _baseCount, key);
        if (i >= 0 && !_removed.Contains(key))
        {
            _weights[i] = weight(_weights[i]);
            _visibility[i] = visibility;
            return;
        }
        if (i >= 0)
        {
            // Re-added after removal: revive the base slot.
            _removed.Remove(key);
            _weights[i] = weight(null);
            _visibility[i] = visibility;
            return;
        }
        _added[key] = (weight(_added.TryGetValue(key, out var a) ? a.Weight : null), visibility);
        _addedInOrder = null;
        if (_added.Count > Math.Max(4096, _baseCount / 8)) Compact();
    }

    /// <summary>Visits every edge: base edges in key order, then the overlay's.</summary>
    public void ForEach<TState>(ref TState state, EdgeVisitor<TState> visit)
    {
        for (var i = 0; i < _baseCount; i++)
        {
            var key = _keys[i];
            if (_removed.Count > 0 && _removed.Contains(key)) continue;
            visit(ref state, Source(key), Target(key), _weights[i], _visibility[i]);
        }
        foreach (var (key, (weight, visibility)) in _added) visit(ref state, Source(key), Target(key), weight, visibility);
    }

    /// <summary>
    /// Appends every edge whose two ends <paramref name="map"/> sends to distinct non-negative ids, mapped, to
    /// <paramref name="sources"/> and <paramref name="targets"/> from <paramref name="count"/> on, in key order;
    /// returns the new count. The arrays need room for <see cref="Count"/> more. A loop over the arrays, not
    /// <see cref="ForEach{TState}"/>: a delegate call per edge was most of the cost on 10M edges.
    /// </summary>
    /// <remarks>
    /// The overlay is sorted and merged in, so an increasing map gives pairs in (source, target) order even while
    /// edges added since the last compaction wait in the overlay, as they nearly always do in a live projection
    /// (up to an eighth of the base): unordered pairs made the tie graph take its slower, sequential build.
    /// </remarks>
    internal int CopyMappedPairs(int[] map, int[] sources, int[] targets, int count)
    {
        var removed = _removed.Count > 0 ? _removed : null;
        // Readers may get here together under the projection's read lock: each would store an equal array.
        var added = _addedInOrder;
        if (added is null)
        {
            added = new long[_added.Count];
            _added.Keys.CopyTo(added, 0);
            Array.Sort(added);
            _addedInOrder = added;
        }
        int i = 0, j = 0;
        while (i < _baseCount || j < added.Length)
        {
            long key;
            if (j == added.Length || (i < _baseCount && _keys[i] < added[j]))
            {
                key = _keys[i++];
                if (removed is not null && removed.Contains(key)) continue;
            }
            else
            {
                key = added[j++]; // never also in the base: Put changes a base edge in place
            }
            var u = map[Source(key)];
            var v = map[Target(key)];
            if ((u | v) < 0 || u == v) continue;
            sources[count] = u;
            targets[count++] = v;
        }
        return count;
    }

    /// <summary>Folds the overlay into the sorted base.</summary>
    public void Compact()
    {
        var count = Count;
        var keys = new long[count];
        var weights = new int[count];
        var visibility = new byte[count];
        var n = 0;
        for (var i = 0; i < _baseCount; i++)
        {
            if (_removed.Contains(_keys[i])) continue;
            keys[n] = _keys[i];
            weights[n] = _weights[i];
            visibility[n++] = _visibility[i];
        }
        foreach (var (key, (weight, vis)) in _added)
        {
            keys[n] = key;
            weights[n] = weight;
            visibility[n++] = vis;
        }
        Load(keys, weights, visibility, n);
    }
}

public delegate void EdgeVisitor<TState>(ref TState state, int source, int target, int weight, byte visibility);
