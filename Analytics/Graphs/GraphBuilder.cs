namespace Analytics.Graphs;

/// <summary>
/// Collects an edge list and turns it into a <see cref="Graph"/> in CSR form.
/// </summary>
/// <remarks>
/// Arcs are bucketed by source with a counting sort (Cormen et al., <i>Introduction to Algorithms</i>,
/// 3rd ed., 2009, §8.2) straight into their CSR rows, then each row is sorted by target, so building takes
/// O(n + m log d) time for rows of length d, and about 8 bytes per arc of scratch beyond the edge list.
/// Parallel arcs are merged into one: their weights add up and their kinds are OR-ed together, so a kind
/// is best used as a bit flag (follow = 1, interaction = 2, …). The builder can be built more than once.
/// </remarks>
public sealed class GraphBuilder
{
    private int[] sources = new int[16];
    private int[] targets = new int[16];
    private float[] weights = new float[16];
    private byte[] kinds = new byte[16];
    private int count;
    private int nodeCount;

    /// <summary>Starts an empty edge list over at least <paramref name="nodeCount"/> nodes.</summary>
    /// <param name="nodeCount">Nodes 0..nodeCount-1 exist even if no edge touches them; larger ids grow the graph.</param>
    public GraphBuilder(int nodeCount = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        this.nodeCount = nodeCount;
    }

    /// <summary>Number of nodes the built graph will have (one more than the largest id seen, or the declared count).</summary>
    public int NodeCount => nodeCount;

    /// <summary>Number of edge records added so far (before merging).</summary>
    public int Count => count;

    /// <summary>Adds the edge record u→v (or {u, v} when built undirected).</summary>
    /// <param name="u">Source node id (non-negative).</param>
    /// <param name="v">Target node id (non-negative).</param>
    /// <param name="weight">Edge weight; merged parallel edges add their weights.</param>
    /// <param name="kind">Edge kind flags; merged parallel edges OR their kinds.</param>
    public GraphBuilder Add(int u, int v, float weight = 1f, byte kind = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(u);
        ArgumentOutOfRangeException.ThrowIfNegative(v);
        if (count == sources.Length)
        {
            int size = count * 2;
            Array.Resize(ref sources, size);
            Array.Resize(ref targets, size);
            Array.Resize(ref weights, size);
            Array.Resize(ref kinds, size);
        }
        sources[count] = u;
        targets[count] = v;
        weights[count] = weight;
        kinds[count] = kind;
        count++;
        nodeCount = Math.Max(nodeCount, Math.Max(u, v) + 1);
        return this;
    }

    /// <summary>
    /// Builds the directed graph of distinct arcs: parallel records u→v merge into one arc.
    /// </summary>
    /// <param name="keepSelfLoops">Whether arcs u→u are kept (NetworkX keeps them).</param>
    public Graph BuildDirected(bool keepSelfLoops = true) => Build(directed: true, keepSelfLoops, countTies: false);

    /// <summary>
    /// Builds the undirected graph: records u→v and v→u both name the edge {u, v}, whose weight is the
    /// sum of their weights. Self-loops are dropped.
    /// </summary>
    public Graph BuildUndirected() => Build(directed: false, keepSelfLoops: false, countTies: false);

    /// <summary>
    /// Builds the undirected tie graph of DESIGN.md ("Graph semantics for metrics"): two nodes are tied
    /// when any record joins them in either direction; repeated ties collapse into one whose weight is
    /// the number of records (the records' own weights are ignored); self-ties are dropped.
    /// </summary>
    public Graph BuildTieGraph() => Build(directed: false, keepSelfLoops: false, countTies: true);

    private Graph Build(bool directed, bool keepSelfLoops, bool countTies)
    {
        int n = nodeCount;
        // Row sizes first (an undirected record u–v is the two arcs u→v and v→u), then each arc goes
        // straight into its row as the key (target, record); sorting a row's keys orders it by target and
        // puts parallel arcs next to each other in record order, so merged weights add up in a fixed order.
        var start = new int[n + 1];
        for (int i = 0; i < count; i++)
        {
            int u = sources[i], v = targets[i];
            if (u == v && !keepSelfLoops)
            {
                continue;
            }
            start[u + 1]++;
            if (!directed && u != v)
            {
                start[v + 1]++;
            }
        }
        for (int u = 0; u < n; u++)
        {
            start[u + 1] += start[u];
        }
        var keys = new long[start[n]];
        var fill = start[..n];
        for (int i = 0; i < count; i++)
        {
            int u = sources[i], v = targets[i];
            if (u == v && !keepSelfLoops)
            {
                continue;
            }
            keys[fill[u]++] = ((long)v << 32) | (uint)i;
            if (!directed && u != v)
            {
                keys[fill[v]++] = ((long)u << 32) | (uint)i;
            }
        }

        // Sort each row and count its distinct targets, so the CSR arrays get their final size at once.
        var offsets = new int[n + 1];
        for (int u = 0; u < n; u++)
        {
            var row = keys.AsSpan(start[u], start[u + 1] - start[u]);
            row.Sort();
            int distinct = 0;
            long previous = -1;
            foreach (long key in row)
            {
                long target = key >> 32;
                if (target != previous)
                {
                    distinct++;
                    previous = target;
                }
            }
            offsets[u + 1] = offsets[u] + distinct;
        }

        var outTargets = new int[offsets[n]];
        var outWeights = new float[offsets[n]];
        var outKinds = new byte[offsets[n]];
        for (int u = 0; u < n; u++)
        {
            int slot = offsets[u] - 1;
            int previous = -1;
            for (int a = start[u]; a < start[u + 1]; a++)
            {
                int v = (int)(keys[a] >> 32);
                int rec = (int)(keys[a] & 0xFFFF_FFFF);
                if (v != previous)
                {
                    slot++;
                    outTargets[slot] = v;
                    previous = v;
                }
                outWeights[slot] += countTies ? 1f : weights[rec];
                outKinds[slot] |= kinds[rec];
            }
        }
        return new Graph(n, directed, offsets, outTargets, outWeights, outKinds);
    }
}
