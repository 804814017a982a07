using Analytics.Graphs;

namespace Analytics.Clustering;

/// <summary>Local and average clustering coefficients of an undirected, unweighted graph.</summary>
/// <remarks>
/// Definition: c(v) = 2·T(v) / (deg(v)·(deg(v) − 1)), where T(v) is the number of triangles through v;
/// c(v) = 0 when deg(v) &lt; 2. The average clustering is the mean of c(v) over all nodes, zeros included
/// (D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world' networks", Nature 393, 1998).
/// Matches networkx.clustering and networkx.average_clustering on undirected graphs; a directed graph
/// is read through its undirected view here, which differs from NetworkX's directed (Fagiolo) variant.
/// </remarks>
public static class ClusteringCoefficient
{
    /// <summary>The local clustering coefficient of every node.</summary>
    public static double[] Local(Graph graph)
    {
        var g = GraphViews.ToUndirected(graph);
        int n = g.NodeCount;
        var result = new double[n];
        // mark[w] == u+1 while u's neighbours are being scanned: O(Σ deg²) without hashing.
        var mark = new int[n];
        for (int u = 0; u < n; u++)
        {
            var nbrs = g.Neighbors(u);
            int d = nbrs.Length;
            if (d < 2)
            {
                continue;
            }
            foreach (int w in nbrs)
            {
                mark[w] = u + 1;
            }
            long links = 0;                         // each triangle edge among neighbours seen twice
            foreach (int v in nbrs)
            {
                foreach (int w in g.Neighbors(v))
                {
                    if (mark[w] == u + 1)
                    {
                        links++;
                    }
                }
            }
            result[u] = links / ((double)d * (d - 1));
        }
        return result;
    }

    /// <summary>The mean local clustering coefficient over all nodes (0 for an empty graph).</summary>
    public static double Average(Graph graph)
    {
        var local = Local(graph);
        if (local.Length == 0)
        {
            return 0;
        }
        double sum = 0;
        foreach (double c in local)
        {
            sum += c;
        }
        return sum / local.Length;
    }
}
