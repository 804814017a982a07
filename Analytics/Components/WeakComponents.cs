using Analytics.Graphs;

namespace Analytics.Components;

/// <summary>Connected components of an undirected graph, weakly connected components of a directed one.</summary>
/// <remarks>
/// Definition: u and v are in the same weak component when a path joins them ignoring arc directions.
/// Found by breadth-first search over out- and in-arcs (Cormen et al., <i>Introduction to Algorithms</i>,
/// 3rd ed., §22.2; Hopcroft &amp; Tarjan, "Algorithm 447", CACM 16(6), 1973). Component ids are numbered
/// in order of their smallest node, like networkx.connected_components' discovery order.
/// </remarks>
public static class WeakComponents
{
    /// <summary>The component id (0..count-1) of every node, and the number of components.</summary>
    public static (int[] ComponentOf, int Count) Find(Graph graph)
    {
        int n = graph.NodeCount;
        var component = new int[n];
        Array.Fill(component, -1);
        var queue = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++)
        {
            if (component[s] >= 0)
            {
                continue;
            }
            int head = 0, tail = 0;
            component[s] = count;
            queue[tail++] = s;
            while (head < tail)
            {
                int u = queue[head++];
                foreach (int v in graph.Neighbors(u))
                {
                    if (component[v] < 0)
                    {
                        component[v] = count;
                        queue[tail++] = v;
                    }
                }
                if (graph.IsDirected)
                {
                    foreach (int v in graph.InNeighbors(u))
                    {
                        if (component[v] < 0)
                        {
                            component[v] = count;
                            queue[tail++] = v;
                        }
                    }
                }
            }
            count++;
        }
        return (component, count);
    }
}
