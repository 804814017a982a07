using Analytics.Graphs;

namespace Analytics.Centrality;

/// <summary>Degrees and degree centrality.</summary>
/// <remarks>
/// Definition: the degree centrality of v is deg(v)/(n − 1), the fraction of the other nodes it is
/// joined to; on a directed graph the in-, out- and total (in + out) degrees are each divided by n − 1,
/// so total centrality can exceed 1 (L. C. Freeman, "Centrality in social networks: conceptual
/// clarification", Social Networks 1(3), 1979). Matches networkx.degree_centrality,
/// in_degree_centrality and out_degree_centrality, including their value 1 on a one-node graph.
/// </remarks>
public static class DegreeCentrality
{
    /// <summary>Which degree to use.</summary>
    public enum Direction
    {
        /// <summary>In-degree plus out-degree (the degree when undirected).</summary>
        Total,
        /// <summary>Number of arcs entering the node.</summary>
        In,
        /// <summary>Number of arcs leaving the node.</summary>
        Out,
    }

    /// <summary>The degree of every node.</summary>
    public static int[] Degrees(Graph graph, Direction direction = Direction.Total)
    {
        var result = new int[graph.NodeCount];
        for (int u = 0; u < result.Length; u++)
        {
            result[u] = Degree(graph, u, direction);
        }
        return result;
    }

    /// <summary>Degree centrality deg(v)/(n − 1) of every node.</summary>
    public static double[] Compute(Graph graph, Direction direction = Direction.Total)
    {
        int n = graph.NodeCount;
        var result = new double[n];
        if (n == 1)
        {
            result[0] = 1;
            return result;
        }
        double scale = 1.0 / (n - 1);
        for (int u = 0; u < n; u++)
        {
            result[u] = Degree(graph, u, direction) * scale;
        }
        return result;
    }

    private static int Degree(Graph graph, int u, Direction direction) => direction switch
    {
        Direction.In => graph.InDegree(u),
        Direction.Out => graph.OutDegree(u),
        _ => graph.Degree(u),
    };
}
