using Analytics.Graphs;

namespace Analytics.Community;

/// <summary>
/// The undirected weighted graph that Leiden and Louvain work on: CSR adjacency without self-loops,
/// plus a strength per node. After aggregation a node stands for a set of original nodes; its strength
/// is their total degree and the weight inside it no longer matters for moves, so it is not stored.
/// </summary>
/// <remarks>Row u is <c>Targets[Offsets[u]..Offsets[u+1]]</c>; the arrays may be longer than
/// <c>Offsets[NodeCount]</c> (aggregates live in reused buffers). <c>Weights</c> is null when every arc weighs 1
/// (the unweighted input level): on 10M ties an array of ones is 140 MB that every pass would stream for nothing.</remarks>
internal sealed class WeightedNetwork
{
    public WeightedNetwork(int nodeCount, int[] offsets, int[] targets, double[]? weights, double[] strength)
    {
        NodeCount = nodeCount;
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        Strength = strength;
    }

    public int NodeCount { get; }
    public int[] Offsets { get; }
    public int[] Targets { get; }
    public double[]? Weights { get; }

    /// <summary>Weight of arc <paramref name="a"/>.</summary>
    public double Weight(int a) => Weights is null ? 1 : Weights[a];
    public double[] Strength { get; }

    /// <summary>The undirected view of <paramref name="graph"/>, unit weights unless <paramref name="weighted"/>.</summary>
    /// <remarks>Shares the graph's offset and target arrays (read only) instead of copying them.</remarks>
    public static WeightedNetwork From(Graph graph, bool weighted)
    {
        var g = GraphViews.ToUndirected(graph);
        int n = g.NodeCount;
        var offsets = g.OffsetArray;
        var targets = g.TargetArray;
        var strength = new double[n];
        double[]? weights = null;
        if (weighted)
        {
            var raw = g.Weights;
            weights = new double[targets.Length];
            for (int a = 0; a < weights.Length; a++)
            {
                weights[a] = raw[a];
            }
            for (int u = 0; u < n; u++)
            {
                double s = 0;
                for (int a = offsets[u]; a < offsets[u + 1]; a++)
                {
                    s += weights[a];
                }
                strength[u] = s;
            }
        }
        else
        {
            for (int u = 0; u < n; u++)
            {
                strength[u] = offsets[u + 1] - offsets[u];
            }
        }
        return new WeightedNetwork(n, offsets, targets, weights, strength);
    }

    // Below this many arcs an aggregation is copied and merged in one part.
    private const int ParallelAggregationArcs = 1 << 18;

    /// <summary>Collapses each group of <paramref name="groupOf"/> (ids 0..groups-1) into one node.</summary>
    /// <remarks>
    /// A counting sort of the arcs by their source's group (one pass over the nodes to count, one over the arcs
    /// to look up their target's group, one to place them, reading the rows in order), then one pass per row that
    /// drops arcs inside the group, merges parallel arcs through a dense slot array and compacts the row in place.
    /// Rows keep the order in which the arcs were placed, which depends only on the input, so runs are
    /// reproducible, and the same for any <paramref name="parallelism"/> (the number of workers that place and merge
    /// rows side by side). The arcs go into <paramref name="work"/>'s buffer <paramref name="buffer"/>, which
    /// must not be the one this network lives in.
    /// </remarks>
    public WeightedNetwork Aggregate(int[] groupOf, int groups, LeidenWorkspace work, int buffer, int parallelism = 1)
    {
        var strength = new double[groups];
        var offsets = new int[groups + 1];
        // Rows are sized by whole degrees, arcs inside a group included: that needs no read of a neighbour's
        // group (the random access that dominates), and the merge below drops the inside arcs.
        for (int u = 0; u < NodeCount; u++)
        {
            int g = groupOf[u];
            strength[g] += Strength[u];
            offsets[g + 1] += Offsets[u + 1] - Offsets[u];
        }
        for (int g = 0; g < groups; g++)
        {
            offsets[g + 1] += offsets[g];
        }
        int placed = offsets[groups];
        var targets = work.ArcTargets(buffer, placed);
        var weights = work.ArcWeights(buffer, placed);
        // Every arc's target group first, in parallel and in arc order (independent loads whose misses overlap),
        // then each row copied to its group's next free slots: done in one loop, the placing waited on each lookup,
        // 0.57-0.64 s against 0.15-0.3 s at the first level on 10M ties.
        var mapped = work.MappedTargets(placed);
        var oldTargets = Targets;
        RowBlocks.ForRanges(placed, (start, end) =>
        {
            for (int a = start; a < end; a++)
            {
                mapped[a] = groupOf[oldTargets[a]];
            }
        });
        // Rows are copied and merged in parallel, one part per worker, each owning a range of groups with about equal
        // numbers of arcs; a part compacts its rows inside its own stretch, and the stretches are then moved together.
        // Every row comes out as the sequential pass made it (same arcs in the same order), whatever the number of
        // parts. Sequential, the copy and the merge were ~0.45 s of a level-1 aggregation of 10M ties that took
        // ~0.5 s. More parts than workers (taken as workers come free) were slower: each part scans every node for
        // its groups' rows (level 1: 0.27-0.42 s with four parts a worker against 0.21-0.30 s).
        int parts = placed < ParallelAggregationArcs ? 1 : Math.Max(1, parallelism);
        var firstGroup = new int[parts + 1];
        for (int part = 1; part < parts; part++)
        {
            int g = Array.BinarySearch(offsets, 0, groups + 1, (int)((long)placed * part / parts));
            firstGroup[part] = Math.Max(firstGroup[part - 1], g < 0 ? ~g : g);
        }
        firstGroup[parts] = groups;
        // Where each part's stretch starts before compaction, and where its compacted rows end.
        var stretch = new int[parts + 1];
        for (int part = 0; part <= parts; part++)
        {
            stretch[part] = offsets[firstGroup[part]];
        }
        var compactedEnd = new int[parts];
        var fill = work.Map;
        Array.Copy(offsets, fill, groups);

        var merge = new (int[] Slot, int[] Stamp)[parts];
        for (int part = 0; part < parts; part++)
        {
            merge[part] = work.MergeSlots(part, groups);
            Array.Fill(merge[part].Stamp, -1, 0, groups);
        }

        void CopyAndMerge(int part, int worker)
        {
            var (slot, stamp) = merge[part];
            int from = firstGroup[part];
            int to = firstGroup[part + 1];
            for (int u = 0; u < NodeCount; u++)
            {
                int g = groupOf[u];
                if (g < from || g >= to)
                {
                    continue;
                }
                int p = fill[g];
                int end = Offsets[u + 1];
                for (int a = Offsets[u]; a < end; a++, p++)
                {
                    targets[p] = mapped[a];
                    weights[p] = Weight(a);
                }
                fill[g] = p;
            }
            // Merge parallel arcs row by row; the write position never passes the read position.
            int write = stretch[part];
            for (int g = from; g < to; g++)
            {
                int start = offsets[g];
                int end = g + 1 == to ? stretch[part + 1] : offsets[g + 1];
                offsets[g] = write;
                for (int p = start; p < end; p++)
                {
                    int h = targets[p];
                    if (h == g)
                    {
                        continue;
                    }
                    if (stamp[h] != g)
                    {
                        stamp[h] = g;
                        slot[h] = write;
                        targets[write] = h;
                        weights[write] = weights[p];
                        write++;
                    }
                    else
                    {
                        weights[slot[h]] += weights[p];
                    }
                }
            }
            compactedEnd[part] = write;
        }

        RowBlocks.ForChunks(parts, parts, CopyAndMerge);
        int written = compactedEnd[0];
        for (int part = 1; part < parts; part++)
        {
            int length = compactedEnd[part] - stretch[part];
            int shift = stretch[part] - written;
            if (shift > 0)
            {
                Array.Copy(targets, stretch[part], targets, written, length);
                Array.Copy(weights, stretch[part], weights, written, length);
                for (int g = firstGroup[part]; g < firstGroup[part + 1]; g++)
                {
                    offsets[g] -= shift;
                }
            }
            written += length;
        }
        offsets[groups] = written;
        return new WeightedNetwork(groups, offsets, targets, weights, strength);
    }

    /// <summary>The same network with node u renumbered <paramref name="newIndexOf"/>[u] (a permutation).</summary>
    /// <remarks>Arcs go into <paramref name="work"/>'s buffer <paramref name="buffer"/>; rows keep their arc order.</remarks>
    public WeightedNetwork Permute(int[] newIndexOf, LeidenWorkspace work, int buffer)
    {
        int n = NodeCount;
        int arcs = Offsets[n];
        var offsets = new int[n + 1];
        var strength = new double[n];
        for (int u = 0; u < n; u++)
        {
            int v = newIndexOf[u];
            offsets[v + 1] = Offsets[u + 1] - Offsets[u];
            strength[v] = Strength[u];
        }
        for (int v = 0; v < n; v++)
        {
            offsets[v + 1] += offsets[v];
        }
        var targets = work.ArcTargets(buffer, arcs);
        var weights = Weights is null ? null : work.ArcWeights(buffer, arcs);
        var oldTargets = Targets;
        var oldWeights = Weights;
        var oldOffsets = Offsets;
        // Old rows are read in order and written to their new places: reading them in new order instead cost a
        // cache miss before each row's first arc, and those misses did not overlap (a copy of 17.5M arcs in a random
        // order took 0.39-0.71 s on two cores, against 0.18-0.30 s this way).
        RowBlocks.ForRanges(n, (start, end) =>
        {
            for (int u = start; u < end; u++)
            {
                int v = newIndexOf[u];
                int p = offsets[v];
                for (int a = oldOffsets[u]; a < oldOffsets[u + 1]; a++, p++)
                {
                    targets[p] = newIndexOf[oldTargets[a]];
                }
                if (weights is not null)
                {
                    Array.Copy(oldWeights!, oldOffsets[u], weights, offsets[v], oldOffsets[u + 1] - oldOffsets[u]);
                }
            }
        });
        return new WeightedNetwork(n, offsets, targets, weights, strength);
    }
}
