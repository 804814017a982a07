using System.Numerics;

namespace Analytics.Graphs;

/// <summary>
/// Builds the undirected tie graph straight from two parallel arrays of records, as
/// <see cref="GraphBuilder.BuildTieGraph"/> builds it (same rows, targets, weights and kinds), without per-record
/// calls or a row sort: on 10M records the builder spent most of its time adding records one by one and sorting
/// rows of 64-bit keys.
/// </summary>
/// <remarks>
/// Two counting-sort passes (Cormen et al., <i>Introduction to Algorithms</i>, 3rd ed., 2009, §8.2), i.e. a
/// least-significant-digit radix sort on (row, neighbour) pairs: the first scatters each record's two ends into
/// their rows in any order; the second walks those rows in ascending order and scatters every row id into its
/// neighbours' rows, so each row comes out ascending with repeated ties next to each other, and one pass merges
/// them into weights. O(n + m) time, 16 bytes a record of scratch. Records already in (source, target) order,
/// as the projection's edge sets keep them, need only one scattering pass (see <c>FromSorted</c>).
/// </remarks>
public static class TieGraphCsr
{
    /// <summary>The tie graph of the records (<paramref name="sources"/>[i], <paramref name="targets"/>[i]) over nodes 0..nodeCount-1.</summary>
    public static Graph Build(int nodeCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets) =>
        Build(nodeCount, sources.ToArray(), targets.ToArray());

    /// <summary>As the span overload, reading the whole arrays without copying them.</summary>
    public static Graph Build(int nodeCount, int[] sources, int[] targets)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        if (sources.Length != targets.Length)
        {
            throw new ArgumentException("One target per source is required.", nameof(targets));
        }
        var (ordered, ownStart) = Scan(nodeCount, sources, targets);
        return ordered ? FromSorted(nodeCount, sources, targets, ownStart) : FromAny(nodeCount, sources, targets);
    }

    // One pass over the records, on fixed chunks in parallel: checks every id, says whether the records are in
    // (source, target) order, and meanwhile notes where each source's records start (used only when they are).
    private static (bool Ordered, int[] OwnStart) Scan(int n, int[] sources, int[] targets)
    {
        int m = sources.Length;
        var ownStart = new int[n + 1];
        int chunks = m < 1_000_000 ? 1 : 16;
        var valid = new bool[chunks];
        var ordered = new bool[chunks];
        Parallel.For(0, chunks, c =>
        {
            int start = RowBlocks.Start(m, c, chunks), end = RowBlocks.Start(m, c + 1, chunks);
            bool inRange = true, inOrder = true;
            int previousSource = start == 0 ? -1 : sources[start - 1], previousTarget = start == 0 ? -1 : targets[start - 1];
            for (int i = start; i < end; i++)
            {
                int source = sources[i], target = targets[i];
                inRange &= (uint)source < (uint)n && (uint)target < (uint)n;
                inOrder &= source > previousSource || (source == previousSource && target >= previousTarget);
                // Rows previousSource+1..source start here. Written only while the chunk is in order (unordered
                // records could make this quadratic, and go to FromAny anyway); an id out of range writes nothing.
                for (int u = inOrder ? Math.Max(previousSource + 1, 0) : n; u <= source && u < n; u++)
                {
                    ownStart[u] = i;
                }
                (previousSource, previousTarget) = (source, target);
            }
            valid[c] = inRange;
            ordered[c] = inOrder;
        });
        if (valid.Contains(false))
        {
            throw new ArgumentOutOfRangeException(nameof(sources), "Node ids must lie in 0..nodeCount-1.");
        }
        for (int u = m == 0 ? 0 : sources[m - 1] + 1; u <= n; u++)
        {
            ownStart[u] = m;
        }
        return (!ordered.Contains(false), ownStart);
    }

    // Records in (source, target) order, as an edge set keeps them: a row is the merge of two ascending lists, its
    // own records' targets (already in place) and the sources of records that end at it, which one counting-sort
    // pass in record order puts in ascending order. One scattered write per record instead of four.
    private static Graph FromSorted(int n, int[] sources, int[] targets, int[] own)
    {
        var (inStart, incoming) = SourcesByTarget(n, sources, targets);

        // Rows are independent: both merge passes run on fixed row blocks in parallel (the output does not depend on
        // how blocks are scheduled).
        var offsets = new int[n + 1];
        RowBlocks.For(n, u => offsets[u + 1] = Merge(u, targets.AsSpan(own[u], own[u + 1] - own[u]),
            incoming.AsSpan(inStart[u], inStart[u + 1] - inStart[u]), default, default));
        for (int u = 0; u < n; u++)
        {
            offsets[u + 1] += offsets[u];
        }
        var outTargets = new int[offsets[n]];
        var outWeights = new float[offsets[n]];
        RowBlocks.For(n, u =>
        {
            int length = offsets[u + 1] - offsets[u];
            Merge(u, targets.AsSpan(own[u], own[u + 1] - own[u]), incoming.AsSpan(inStart[u], inStart[u + 1] - inStart[u]),
                outTargets.AsSpan(offsets[u], length), outWeights.AsSpan(offsets[u], length));
        });
        return new Graph(n, directed: false, offsets, outTargets, outWeights, kinds: null);
    }

    // The records' sources grouped by target, in record order within each target (a stable counting sort), leaving out
    // self-ties: row t of the result is incoming[inStart[t]..inStart[t+1]). Scattering 10M records straight into their
    // targets' rows misses the cache on nearly every write, so the sort runs in two passes, as a radix sort partitions
    // (Cormen et al. §8.3, most significant digit first): the records go to one of ~256 buckets of adjacent targets
    // (sequential writes into a few hundred streams), then each bucket is sorted by target inside its own slice of
    // the output, which fits in cache. Both passes run in parallel, the first on chunks of records whose slots in
    // every bucket follow record order, the second on buckets; the result is the same however many chunks there are.
    private static (int[] Start, int[] Sources) SourcesByTarget(int n, int[] sources, int[] targets)
    {
        int shift = Math.Max(0, 32 - BitOperations.LeadingZeroCount((uint)n) - BucketBits);
        int buckets = (n >> shift) + 1;
        int chunks = sources.Length < 1_000_000 ? 1 : Math.Clamp(Environment.ProcessorCount, 1, 8);
        var slot = new int[chunks][];
        Parallel.For(0, chunks, c =>
        {
            var count = slot[c] = new int[buckets];
            for (int i = RowBlocks.Start(sources.Length, c, chunks), end = RowBlocks.Start(sources.Length, c + 1, chunks); i < end; i++)
            {
                int t = targets[i];
                if (sources[i] != t)
                {
                    count[t >> shift]++;
                }
            }
        });
        var bucketStart = new int[buckets + 1];
        int next = 0;
        for (int b = 0; b < buckets; b++)
        {
            bucketStart[b] = next;
            for (int c = 0; c < chunks; c++)
            {
                int count = slot[c][b];
                slot[c][b] = next;
                next += count;
            }
        }
        bucketStart[buckets] = next;

        var partSources = new int[next];
        var partTargets = new int[next];
        Parallel.For(0, chunks, c =>
        {
            var fill = slot[c];
            for (int i = RowBlocks.Start(sources.Length, c, chunks), end = RowBlocks.Start(sources.Length, c + 1, chunks); i < end; i++)
            {
                int t = targets[i];
                if (sources[i] != t)
                {
                    int at = fill[t >> shift]++;
                    partSources[at] = sources[i];
                    partTargets[at] = t;
                }
            }
        });

        var start = new int[n + 1];
        var incoming = new int[next];
        Parallel.For(0, buckets, () => new int[1 << shift], (b, _, fill) =>
        {
            int low = b << shift, high = Math.Min(n, low + (1 << shift));
            int from = bucketStart[b], to = bucketStart[b + 1];
            Array.Clear(fill);
            for (int i = from; i < to; i++)
            {
                fill[partTargets[i] - low]++;
            }
            int at = from;
            for (int t = low; t < high; t++)
            {
                start[t] = at;
                int count = fill[t - low];
                fill[t - low] = at;
                at += count;
            }
            for (int i = from; i < to; i++)
            {
                incoming[fill[partTargets[i] - low]++] = partSources[i];
            }
            return fill;
        }, _ => { });
        start[n] = next;
        return (start, incoming);
    }

    private const int BucketBits = 8;

    // Merges two ascending lists, leaving out u itself; writes each distinct value and how often it occurs when
    // given room (the first call only counts). Returns the number of distinct values.
    private static int Merge(int u, ReadOnlySpan<int> a, ReadOnlySpan<int> b, Span<int> values, Span<float> counts)
    {
        bool write = !values.IsEmpty;
        int i = 0, j = 0, distinct = 0, previous = -1;
        while (i < a.Length || j < b.Length)
        {
            int next = j == b.Length || (i < a.Length && a[i] <= b[j]) ? a[i++] : b[j++];
            if (next == u)
            {
                continue;
            }
            if (next != previous)
            {
                previous = next;
                distinct++;
            }
            if (write)
            {
                values[distinct - 1] = next;
                counts[distinct - 1]++;
            }
        }
        return distinct;
    }

    private static Graph FromAny(int n, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets)
    {
        var start = new int[n + 1];
        for (int i = 0; i < sources.Length; i++)
        {
            int u = sources[i], v = targets[i];
            if (u != v)
            {
                start[u + 1]++;
                start[v + 1]++;
            }
        }
        for (int u = 0; u < n; u++)
        {
            start[u + 1] = checked(start[u + 1] + start[u]);
        }

        var unordered = new int[start[n]];
        var fill = start[..n];
        for (int i = 0; i < sources.Length; i++)
        {
            int u = sources[i], v = targets[i];
            if (u != v)
            {
                unordered[fill[u]++] = v;
                unordered[fill[v]++] = u;
            }
        }

        // The ties are symmetric, so row x holds y exactly as often as row y holds x: walking x upwards and
        // appending x to each of its neighbours' rows fills every row in ascending order.
        var ordered = new int[start[n]];
        start.AsSpan(0, n).CopyTo(fill);
        for (int x = 0; x < n; x++)
        {
            for (int a = start[x]; a < start[x + 1]; a++)
            {
                ordered[fill[unordered[a]]++] = x;
            }
        }
        unordered = null;

        var offsets = new int[n + 1];
        for (int u = 0; u < n; u++)
        {
            int distinct = 0;
            for (int a = start[u]; a < start[u + 1]; a++)
            {
                distinct += a == start[u] || ordered[a] != ordered[a - 1] ? 1 : 0;
            }
            offsets[u + 1] = offsets[u] + distinct;
        }
        var outTargets = new int[offsets[n]];
        var outWeights = new float[offsets[n]];
        for (int u = 0; u < n; u++)
        {
            int slot = offsets[u] - 1;
            for (int a = start[u]; a < start[u + 1]; a++)
            {
                if (a == start[u] || ordered[a] != ordered[a - 1])
                {
                    outTargets[++slot] = ordered[a];
                }
                outWeights[slot]++;
            }
        }
        return new Graph(n, directed: false, offsets, outTargets, outWeights, kinds: null);
    }
}
