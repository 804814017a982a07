using Analytics.Graphs;

namespace Analytics.Paths;

/// <summary>Weighted shortest paths by Dijkstra's algorithm.</summary>
/// <remarks>
/// Definition: the distance from s to v is the least sum of arc weights over directed paths s⇝v.
/// Dijkstra settles nodes in increasing distance using a priority queue with lazy deletion
/// (E. W. Dijkstra, "A note on two problems in connexion with graphs", Numerische Mathematik 1, 1959;
/// Cormen et al., <i>Introduction to Algorithms</i>, 3rd ed., §24.3). Weights must be non-negative.
/// Matches networkx.single_source_dijkstra_path_length with <c>weight="weight"</c>.
/// </remarks>
public static class Dijkstra
{
    /// <summary>Distances and parents from <paramref name="source"/> using the graph's arc weights.</summary>
    /// <param name="graph">A graph with non-negative weights.</param>
    /// <param name="source">Start node.</param>
    /// <param name="maxDistance">Nodes further than this are left unreached (NetworkX's <c>cutoff</c>).</param>
    /// <returns>Distance (+∞ when unreached) and parent (-1 for the source and unreached nodes) per node.</returns>
    public static (double[] Distance, int[] Parent) Run(Graph graph, int source, double maxDistance = double.PositiveInfinity)
    {
        BreadthFirstSearch.CheckNode(graph, source);
        int n = graph.NodeCount;
        var distance = new double[n];
        var parent = new int[n];
        var settled = new bool[n];
        Array.Fill(distance, double.PositiveInfinity);
        Array.Fill(parent, -1);
        var queue = new PriorityQueue<int, double>();
        distance[source] = 0;
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out int u, out double du))
        {
            if (settled[u] || du > distance[u])
            {
                continue;     // stale entry
            }
            settled[u] = true;
            var nbrs = graph.Neighbors(u);
            var ws = graph.NeighborWeights(u);
            for (int i = 0; i < nbrs.Length; i++)
            {
                if (ws[i] < 0)
                {
                    throw new InvalidOperationException("Dijkstra needs non-negative weights.");
                }
                int v = nbrs[i];
                double dv = du + ws[i];
                if (dv < distance[v] && dv <= maxDistance)
                {
                    distance[v] = dv;
                    parent[v] = u;
                    queue.Enqueue(v, dv);
                }
            }
        }
        return (distance, parent);
    }

    /// <summary>A least-weight path from source to target (both included), or null when unreachable.</summary>
    public static int[]? ShortestPath(Graph graph, int source, int target)
    {
        BreadthFirstSearch.CheckNode(graph, target);
        var (distance, parent) = Run(graph, source);
        if (double.IsPositiveInfinity(distance[target]))
        {
            return null;
        }
        var path = new List<int>();
        for (int v = target; v != -1; v = parent[v])
        {
            path.Add(v);
        }
        path.Reverse();
        return path.ToArray();
    }
}
