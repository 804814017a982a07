using Analytics.Graphs;

namespace Analytics.Metrics;

/// <summary>Shared input checks for the metrics, which read the undirected tie graph of DESIGN.md.</summary>
internal static class TieGraphs
{
    /// <summary>The graph itself when undirected; otherwise its undirected view (reciprocal arcs merge).</summary>
    public static Graph Undirected(Graph graph) => graph.IsDirected ? GraphViews.ToUndirected(graph) : graph;

    public static void CheckLength(Graph graph, int length, string name)
    {
        if (length != graph.NodeCount)
        {
            throw new ArgumentException("One attribute value per node is required.", name);
        }
    }

    /// <summary>Number of distinct non-negative group labels, and one past the largest.</summary>
    public static (int Distinct, int Bound) Groups(ReadOnlySpan<int> group)
    {
        int bound = 0;
        foreach (int g in group)
        {
            bound = Math.Max(bound, g + 1);
        }
        var present = new bool[bound];
        int distinct = 0;
        foreach (int g in group)
        {
            if (g >= 0 && !present[g])
            {
                present[g] = true;
                distinct++;
            }
        }
        return (distinct, bound);
    }
}
