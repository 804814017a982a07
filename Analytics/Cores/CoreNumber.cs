using Analytics.Graphs;

namespace Analytics.Cores;

/// <summary>k-core decomposition: the core number of every node.</summary>
/// <remarks>
/// Definition: the k-core is the largest subgraph in which every node has degree at least k; a node's
/// core number is the largest k whose k-core contains it. Batagelj and Zaversnik's algorithm keeps the
/// nodes in bins by current degree and repeatedly removes a node of least degree, decrementing its
/// unremoved neighbours' degrees, in O(n + m) time (V. Batagelj and M. Zaversnik, "An O(m) algorithm
/// for cores decomposition of networks", arXiv:cs/0310049, 2003). On a directed graph the degree is
/// in-degree plus out-degree and neighbours are taken both ways, as in networkx.core_number.
/// Self-loops are not allowed (NetworkX refuses them too).
/// </remarks>
public static class CoreNumber
{
    /// <summary>The core number of every node.</summary>
    public static int[] Compute(Graph graph)
    {
        int n = graph.NodeCount;
        var degree = new int[n];
        int maxDegree = 0;
        for (int u = 0; u < n; u++)
        {
            if (graph.HasArc(u, u))
            {
                throw new ArgumentException("Core numbers are undefined with self-loops.", nameof(graph));
            }
            degree[u] = graph.Degree(u);
            maxDegree = Math.Max(maxDegree, degree[u]);
        }
        // bin[d] = first position of degree-d nodes in 'sorted'; pos[u] = u's position.
        var bin = new int[maxDegree + 1];
        foreach (int d in degree)
        {
            bin[d]++;
        }
        int start = 0;
        for (int d = 0; d <= maxDegree; d++)
        {
            int count = bin[d];
            bin[d] = start;
            start += count;
        }
        var sorted = new int[n];
        var pos = new int[n];
        for (int u = 0; u < n; u++)
        {
            pos[u] = bin[degree[u]]++;
            sorted[pos[u]] = u;
        }
        for (int d = maxDegree; d > 0; d--)
        {
            bin[d] = bin[d - 1];
        }
        bin[0] = 0;

        for (int i = 0; i < n; i++)
        {
            int v = sorted[i];
            Lower(graph.Neighbors(v), v, degree, bin, pos, sorted);
            if (graph.IsDirected)
            {
                Lower(graph.InNeighbors(v), v, degree, bin, pos, sorted);
            }
        }
        return degree;
    }

    // Moves each neighbour u of the removed node v with larger current degree one bin down.
    private static void Lower(ReadOnlySpan<int> neighbours, int v, int[] degree, int[] bin, int[] pos, int[] sorted)
    {
        foreach (int u in neighbours)
        {
            if (degree[u] > degree[v])
            {
                int du = degree[u];
                int pu = pos[u];
                int pw = bin[du];
                int w = sorted[pw];
                if (u != w)
                {
                    sorted[pu] = w;
                    pos[w] = pu;
                    sorted[pw] = u;
                    pos[u] = pw;
                }
                bin[du]++;
                degree[u]--;
            }
        }
    }
}
