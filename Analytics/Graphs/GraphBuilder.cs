namespace Analytics.Graphs;

/// <summary>
/// Collects an edge list and turns it into a <see cref="Graph"/> in CSR form.
/// </summary>
/// <remarks>
/// Arcs are sorted by (source, target) with two stable counting-sort passes (an LSD radix sort,
/// Cormen et al., <i>Introduction to Algorithms</i>, 3rd ed., 2009, §8.2–8.3), so building takes
/// O(n + m) time and no comparison sort. Parallel arcs are merged into one: their weights add up and
/// their kinds are OR-ed together, so a kind is best used as a bit flag (follow = 1, interaction = 2, …).
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
        // Arc list to sort: undirected records become two arcs.
        int m = 0;
        for (int i = 0; i < count; i++)
        {
            if (sources[i] != targets[i])
            {
                m += directed ? 1 : 2;
            }
            else if (keepSelfLoops)
            {
                m += 1;
            }
        }
        var arcSource = new int[m];
        var arcTarget = new int[m];
        var arcRecord = new int[m];
        int j = 0;
        for (int i = 0; i < count; i++)
        {
            int u = sources[i], v = targets[i];
            if (u == v && !keepSelfLoops)
            {
                continue;
            }
            arcSource[j] = u; arcTarget[j] = v; arcRecord[j] = i; j++;
            if (!directed && u != v)
            {
                arcSource[j] = v; arcTarget[j] = u; arcRecord[j] = i; j++;
            }
        }

        // Two stable counting sorts: by target, then by source.
        int[] byTarget = CountingOrder(arcTarget, null, n);
        int[] order = CountingOrder(arcSource, byTarget, n);

        // First pass counts distinct arcs so the CSR arrays are allocated once, at their final size.
        int distinct = 0;
        int prevSource = -1, prevTarget = -1;
        foreach (int a in order)
        {
            if (arcSource[a] != prevSource || arcTarget[a] != prevTarget)
            {
                distinct++;
                prevSource = arcSource[a];
                prevTarget = arcTarget[a];
            }
        }
        var offsets = new int[n + 1];
        var outTargets = new int[distinct];
        var outWeights = new float[distinct];
        var outKinds = new byte[distinct];
        int last = -1;
        prevSource = -1;
        prevTarget = -1;
        foreach (int a in order)
        {
            int u = arcSource[a], v = arcTarget[a], rec = arcRecord[a];
            float w = countTies ? 1f : weights[rec];
            if (u == prevSource && v == prevTarget)
            {
                outWeights[last] += w;
                outKinds[last] |= kinds[rec];
                continue;
            }
            last++;
            outTargets[last] = v;
            outWeights[last] = w;
            outKinds[last] = kinds[rec];
            offsets[u + 1]++;
            prevSource = u;
            prevTarget = v;
        }
        for (int u = 0; u < n; u++)
        {
            offsets[u + 1] += offsets[u];
        }
        return new Graph(n, directed, offsets, outTargets, outWeights, outKinds);
    }

    // Stable counting sort of the items (given in 'input' order, or 0..len-1) by key[item].
    private static int[] CountingOrder(int[] key, int[]? input, int n)
    {
        int len = key.Length;
        var start = new int[n + 1];
        foreach (int k in key)
        {
            start[k + 1]++;
        }
        for (int i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }
        var result = new int[len];
        for (int i = 0; i < len; i++)
        {
            int item = input is null ? i : input[i];
            result[start[key[item]]++] = item;
        }
        return result;
    }
}
