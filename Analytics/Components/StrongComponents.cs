using Analytics.Graphs;

namespace Analytics.Components;

/// <summary>Strongly connected components by Tarjan's algorithm, run without recursion.</summary>
/// <remarks>
/// Definition: u and v are in the same strong component when each reaches the other along arcs.
/// Tarjan's depth-first search keeps a stack of visited nodes and each node's low-link (the smallest
/// DFS index reachable from its subtree through one back or cross arc into the stack); a node whose
/// low-link equals its own index roots a component, popped from the stack
/// (R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Computing 1(2), 1972).
/// The call stack is replaced by an explicit stack of (node, next arc position) so that graphs with
/// millions of nodes and long paths cannot overflow the thread's stack. An undirected graph's strong
/// components are its connected components. Component ids are renumbered in order of their smallest node.
/// </remarks>
public static class StrongComponents
{
    /// <summary>The strong component id (0..count-1) of every node, and the number of components.</summary>
    public static (int[] ComponentOf, int Count) Find(Graph graph)
    {
        int n = graph.NodeCount;
        var index = new int[n];
        var lowLink = new int[n];
        var onStack = new bool[n];
        var component = new int[n];
        Array.Fill(index, -1);
        var stack = new int[n];
        int stackTop = 0;
        var callNode = new int[n];
        var callArc = new int[n];
        int depth = 0;
        int nextIndex = 0;
        int count = 0;
        var offsets = graph.Offsets;
        var targets = graph.Targets;

        for (int root = 0; root < n; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }
            // "Call" root.
            index[root] = lowLink[root] = nextIndex++;
            stack[stackTop++] = root;
            onStack[root] = true;
            callNode[0] = root;
            callArc[0] = offsets[root];
            depth = 1;
            while (depth > 0)
            {
                int u = callNode[depth - 1];
                int a = callArc[depth - 1];
                if (a < offsets[u + 1])
                {
                    callArc[depth - 1] = a + 1;
                    int v = targets[a];
                    if (index[v] < 0)
                    {
                        // "Call" v.
                        index[v] = lowLink[v] = nextIndex++;
                        stack[stackTop++] = v;
                        onStack[v] = true;
                        callNode[depth] = v;
                        callArc[depth] = offsets[v];
                        depth++;
                    }
                    else if (onStack[v])
                    {
                        lowLink[u] = Math.Min(lowLink[u], index[v]);
                    }
                    continue;
                }
                // All arcs of u done: "return" from u.
                if (lowLink[u] == index[u])
                {
                    int w;
                    do
                    {
                        w = stack[--stackTop];
                        onStack[w] = false;
                        component[w] = count;
                    }
                    while (w != u);
                    count++;
                }
                depth--;
                if (depth > 0)
                {
                    int caller = callNode[depth - 1];
                    lowLink[caller] = Math.Min(lowLink[caller], lowLink[u]);
                }
            }
        }
        return (RenumberBySmallestNode(component, count), count);
    }

    // Tarjan emits components in reverse topological order; renumbering by smallest member makes ids
    // independent of traversal details.
    private static int[] RenumberBySmallestNode(int[] component, int count)
    {
        var map = new int[count];
        Array.Fill(map, -1);
        int next = 0;
        for (int u = 0; u < component.Length; u++)
        {
            if (map[component[u]] < 0)
            {
                map[component[u]] = next++;
            }
            component[u] = map[component[u]];
        }
        return component;
    }
}
