using Analytics.Graphs;

namespace Analytics.Paths;

/// <summary>Unweighted shortest paths by breadth-first search.</summary>
/// <remarks>
/// BFS visits nodes in order of hop distance from the source, so the first time a node is reached
/// is along a shortest path (E. F. Moore, "The shortest path through a maze", 1959; Cormen et al.,
/// <i>Introduction to Algorithms</i>, 3rd ed., §22.2). Arcs are followed in their direction; on an
/// undirected graph every edge works both ways. Matches networkx.single_source_shortest_path_length.
/// </remarks>
public static class BreadthFirstSearch
{
    /// <summary>
    /// Hop distances and BFS parents from <paramref name="source"/>, exploring at most
    /// <paramref name="maxHops"/> hops.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="source">Start node.</param>
    /// <param name="maxHops">Nodes further than this many hops are left unreached (NetworkX's <c>cutoff</c>).</param>
    /// <param name="reverse">Follow arcs backwards: distances <i>to</i> the source ("who reaches me"), with
    /// <c>Parent</c> the next node towards the source. No effect on an undirected graph.</param>
    public static ShortestPathTree Run(Graph graph, int source, int maxHops = int.MaxValue, bool reverse = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        CheckNode(graph, source);
        int n = graph.NodeCount;
        var distance = new int[n];
        var parent = new int[n];
        Array.Fill(distance, -1);
        Array.Fill(parent, -1);
        var queue = new int[n];
        int head = 0, tail = 0;
        distance[source] = 0;
        queue[tail++] = source;
        while (head < tail)
        {
            int u = queue[head++];
            if (distance[u] == maxHops)
            {
                continue;
            }
            foreach (int v in reverse ? graph.InNeighbors(u) : graph.Neighbors(u))
            {
                if (distance[v] < 0)
                {
                    distance[v] = distance[u] + 1;
                    parent[v] = u;
                    queue[tail++] = v;
                }
            }
        }
        return new ShortestPathTree(source, distance, parent);
    }

    /// <summary>
    /// A shortest path from <paramref name="source"/> to <paramref name="target"/> as a node list
    /// (both ends included), or null when the target is unreachable within <paramref name="maxHops"/>.
    /// The search stops as soon as the target is reached.
    /// </summary>
    public static int[]? ShortestPath(Graph graph, int source, int target, int maxHops = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        CheckNode(graph, source);
        CheckNode(graph, target);
        if (source == target)
        {
            return [source];
        }
        int n = graph.NodeCount;
        var parent = new int[n];
        var depth = new int[n];
        Array.Fill(parent, -1);
        var queue = new int[n];
        int head = 0, tail = 0;
        parent[source] = source;
        queue[tail++] = source;
        while (head < tail)
        {
            int u = queue[head++];
            if (depth[u] == maxHops)
            {
                continue;
            }
            foreach (int v in graph.Neighbors(u))
            {
                if (parent[v] >= 0)
                {
                    continue;
                }
                parent[v] = u;
                depth[v] = depth[u] + 1;
                if (v == target)
                {
                    return ShortestPathTree.Walk(parent, source, target, depth[v]);
                }
                queue[tail++] = v;
            }
        }
        return null;
    }

    internal static void CheckNode(Graph graph, int node)
    {
        if ((uint)node >= (uint)graph.NodeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(node), node, "No such node.");
        }
    }
}
