namespace Analytics.Graphs;

/// <summary>Derived graphs: the undirected view of a directed graph, and induced subgraphs.</summary>
public static class GraphViews
{
    /// <summary>
    /// The undirected graph with an edge {u, v} wherever u→v or v→u exists; the edge's weight is the
    /// sum of both arcs' weights and its kind the OR of theirs. Self-loops are dropped. An undirected
    /// graph is returned as is.
    /// </summary>
    public static Graph ToUndirected(Graph graph)
    {
        if (!graph.IsDirected)
        {
            return graph;
        }
        var builder = new GraphBuilder(graph.NodeCount);
        for (int u = 0; u < graph.NodeCount; u++)
        {
            var nbrs = graph.Neighbors(u);
            var ws = graph.NeighborWeights(u);
            var ks = graph.NeighborKinds(u);
            for (int i = 0; i < nbrs.Length; i++)
            {
                builder.Add(u, nbrs[i], ws[i], ks[i]);
            }
        }
        return builder.BuildUndirected();
    }

    /// <summary>
    /// The graph of the arcs whose kind shares a bit with <paramref name="kindMask"/> (for example
    /// follows only), with the same nodes and direction; each kept arc keeps its weight and kind.
    /// </summary>
    public static Graph WithKinds(Graph graph, byte kindMask)
    {
        var builder = new GraphBuilder(graph.NodeCount);
        for (int u = 0; u < graph.NodeCount; u++)
        {
            var nbrs = graph.Neighbors(u);
            var ws = graph.NeighborWeights(u);
            var ks = graph.NeighborKinds(u);
            for (int i = 0; i < nbrs.Length; i++)
            {
                if ((ks[i] & kindMask) != 0 && (graph.IsDirected || u <= nbrs[i]))
                {
                    builder.Add(u, nbrs[i], ws[i], ks[i]);
                }
            }
        }
        return graph.IsDirected ? builder.BuildDirected() : builder.BuildUndirected();
    }

    /// <summary>
    /// The subgraph induced by the nodes with <c>keep[u]</c> true: those nodes, renumbered 0..k-1 in
    /// increasing order of their old ids, and every arc whose two ends are kept.
    /// </summary>
    /// <param name="graph">The graph to restrict.</param>
    /// <param name="keep">One flag per node of <paramref name="graph"/>.</param>
    /// <param name="oldIds">On return, the old id of each new node.</param>
    public static Graph Induced(Graph graph, ReadOnlySpan<bool> keep, out int[] oldIds)
    {
        if (keep.Length != graph.NodeCount)
        {
            throw new ArgumentException("One flag per node is required.", nameof(keep));
        }
        var newId = new int[graph.NodeCount];
        int k = 0;
        for (int u = 0; u < graph.NodeCount; u++)
        {
            newId[u] = keep[u] ? k++ : -1;
        }
        oldIds = new int[k];
        var builder = new GraphBuilder(k);
        for (int u = 0; u < graph.NodeCount; u++)
        {
            if (newId[u] < 0)
            {
                continue;
            }
            oldIds[newId[u]] = u;
            var nbrs = graph.Neighbors(u);
            var ws = graph.NeighborWeights(u);
            var ks = graph.NeighborKinds(u);
            for (int i = 0; i < nbrs.Length; i++)
            {
                int v = nbrs[i];
                // An undirected edge appears in both rows; add it once.
                if (newId[v] >= 0 && (graph.IsDirected || u <= v))
                {
                    builder.Add(newId[u], newId[v], ws[i], ks[i]);
                }
            }
        }
        return graph.IsDirected ? builder.BuildDirected() : builder.BuildUndirected();
    }
}
