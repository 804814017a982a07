namespace Analytics.Graphs;

/// <summary>
/// An immutable graph in compressed sparse row (CSR) form over the integer nodes 0..n-1.
/// </summary>
/// <remarks>
/// <para>Row <c>u</c> of the adjacency is <c>Targets[Offsets[u]..Offsets[u+1]]</c>, sorted ascending and
/// free of duplicates; <see cref="Weights"/> and <see cref="Kinds"/> run parallel to <see cref="Targets"/>.
/// Flat arrays and no per-node objects keep memory near 4 bytes per stored arc for targets, 4 for the
/// weight and 1 for the kind (Saad, <i>Iterative Methods for Sparse Linear Systems</i>, 2nd ed., 2003, §3.4).</para>
/// <para>An undirected graph stores each edge {u, v} as the two arcs u→v and v→u, so in- and
/// out-neighbours coincide. A directed graph also stores the transposed adjacency (in-arcs) so that
/// algorithms that pull along in-arcs (PageRank, strongly connected components) stay linear.</para>
/// Build graphs with <see cref="GraphBuilder"/>.
/// </remarks>
public sealed class Graph
{
    private readonly int[] offsets;
    private readonly int[] targets;
    private readonly float[] weights;
    private byte[]? kinds;
    private readonly int[] inOffsets;
    private readonly int[] inSources;
    private readonly int[] inArc;

    // kinds may be null for a graph whose arcs all have kind 0 (the tie graph): the zeros are made on first read.
    internal Graph(int nodeCount, bool directed, int[] offsets, int[] targets, float[] weights, byte[]? kinds)
    {
        NodeCount = nodeCount;
        IsDirected = directed;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.kinds = kinds;
        if (directed)
        {
            (inOffsets, inSources, inArc) = Transpose(nodeCount, offsets, targets);
        }
        else
        {
            // Undirected: the in-adjacency is the adjacency itself; arc i is its own "in-arc".
            inOffsets = offsets;
            inSources = targets;
            inArc = [];
        }
    }

    /// <summary>Number of nodes; node ids are 0..NodeCount-1.</summary>
    public int NodeCount { get; }

    /// <summary>True when arcs have a direction; false for an undirected graph stored as symmetric arcs.</summary>
    public bool IsDirected { get; }

    /// <summary>Number of stored arcs (for an undirected graph, twice the number of edges).</summary>
    public int ArcCount => targets.Length;

    /// <summary>Number of edges: arcs for a directed graph, unordered pairs for an undirected one.</summary>
    public int EdgeCount => IsDirected ? targets.Length : targets.Length / 2;

    /// <summary>The CSR row offsets (length NodeCount + 1).</summary>
    public ReadOnlySpan<int> Offsets => offsets;

    // The arrays themselves, for algorithms in this assembly that keep them without copying; never written to.
    internal int[] OffsetArray => offsets;
    internal int[] TargetArray => targets;

    /// <summary>All arc targets, row after row.</summary>
    public ReadOnlySpan<int> Targets => targets;

    /// <summary>All arc weights, parallel to <see cref="Targets"/>.</summary>
    public ReadOnlySpan<float> Weights => weights;

    /// <summary>All arc kinds (bit flags, OR-ed when parallel arcs were merged), parallel to <see cref="Targets"/>.</summary>
    public ReadOnlySpan<byte> Kinds => kinds ??= new byte[targets.Length];

    /// <summary>Out-neighbours of <paramref name="u"/> (all neighbours when undirected), ascending.</summary>
    public ReadOnlySpan<int> Neighbors(int u) => targets.AsSpan(offsets[u], offsets[u + 1] - offsets[u]);

    /// <summary>Weights of the arcs leaving <paramref name="u"/>, parallel to <see cref="Neighbors"/>.</summary>
    public ReadOnlySpan<float> NeighborWeights(int u) => weights.AsSpan(offsets[u], offsets[u + 1] - offsets[u]);

    /// <summary>Kinds of the arcs leaving <paramref name="u"/>, parallel to <see cref="Neighbors"/>.</summary>
    public ReadOnlySpan<byte> NeighborKinds(int u) => Kinds.Slice(offsets[u], offsets[u + 1] - offsets[u]);

    /// <summary>In-neighbours of <paramref name="v"/> (all neighbours when undirected), ascending.</summary>
    public ReadOnlySpan<int> InNeighbors(int v) => inSources.AsSpan(inOffsets[v], inOffsets[v + 1] - inOffsets[v]);

    /// <summary>
    /// For each in-neighbour of <paramref name="v"/>, the index of that arc in <see cref="Targets"/>
    /// (so <c>Weights[index]</c> is its weight). Undirected graphs return the row's own arc indices.
    /// </summary>
    public int InArcIndex(int v, int position) =>
        IsDirected ? inArc[inOffsets[v] + position] : offsets[v] + position;

    /// <summary>Number of arcs leaving <paramref name="u"/> (the degree when undirected).</summary>
    public int OutDegree(int u) => offsets[u + 1] - offsets[u];

    /// <summary>Number of arcs entering <paramref name="v"/> (the degree when undirected).</summary>
    public int InDegree(int v) => inOffsets[v + 1] - inOffsets[v];

    /// <summary>In- plus out-degree for a directed graph (a self-loop counts twice, as in NetworkX); the degree when undirected.</summary>
    public int Degree(int u) => IsDirected ? OutDegree(u) + InDegree(u) : OutDegree(u);

    /// <summary>True when the arc u→v exists (binary search in the sorted row).</summary>
    public bool HasArc(int u, int v) => Neighbors(u).BinarySearch(v) >= 0;

    /// <summary>Index of the arc u→v in <see cref="Targets"/>, or -1.</summary>
    public int ArcIndex(int u, int v)
    {
        int i = Neighbors(u).BinarySearch(v);
        return i < 0 ? -1 : offsets[u] + i;
    }

    /// <summary>Sum of the weights of the arcs leaving <paramref name="u"/>.</summary>
    public double OutStrength(int u)
    {
        double s = 0;
        foreach (float w in NeighborWeights(u))
        {
            s += w;
        }
        return s;
    }

    /// <summary>True when every arc has weight 1 (then weighted and unweighted algorithms agree).</summary>
    public bool HasUnitWeights()
    {
        foreach (float w in weights)
        {
            if (w != 1f)
            {
                return false;
            }
        }
        return true;
    }

    // Counting sort of arcs by target: the transposed rows come out sorted by source because the
    // forward rows are scanned in source order.
    private static (int[] Offsets, int[] Sources, int[] Arc) Transpose(int n, int[] offsets, int[] targets)
    {
        var inOffsets = new int[n + 1];
        foreach (int t in targets)
        {
            inOffsets[t + 1]++;
        }
        for (int i = 0; i < n; i++)
        {
            inOffsets[i + 1] += inOffsets[i];
        }
        var next = inOffsets[..n];
        var sources = new int[targets.Length];
        var arc = new int[targets.Length];
        for (int u = 0; u < n; u++)
        {
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                int slot = next[targets[a]]++;
                sources[slot] = u;
                arc[slot] = a;
            }
        }
        return (inOffsets, sources, arc);
    }
}
