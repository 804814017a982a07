using Analytics.Graphs;
using Analytics.Sampling;

namespace Analytics.Metrics;

/// <summary>Degree-preserving rewiring of an undirected simple graph by double edge swaps.</summary>
/// <remarks>
/// Definition: a swap picks two edges {a, b} and {c, d} uniformly at random and replaces them with
/// {a, d} and {c, b} (or, with equal chance, {a, c} and {b, d}); it is rejected when it would create a
/// self-loop or a repeated edge. Every node keeps its degree, and after many swaps the graph is close to
/// a uniform draw among simple graphs with that degree sequence (S. Maslov and K. Sneppen, "Specificity
/// and stability in topology of protein networks", Science 296, 910–913, 2002; R. Milo et al., "On the
/// uniform generation of random graphs with prescribed degree sequences", arXiv:cond-mat/0312028, 2003).
/// networkx.double_edge_swap applies the same move (it picks end nodes by degree, which is equivalent to
/// picking edges uniformly). The result has unit weights and kind 0.
/// </remarks>
public static class DoubleEdgeSwap
{
    /// <summary>Returns a rewired copy of <paramref name="graph"/>.</summary>
    /// <param name="graph">An undirected graph (weights and kinds are ignored).</param>
    /// <param name="swaps">Number of successful swaps to perform.</param>
    /// <param name="random">Seeded randomness.</param>
    /// <param name="maxAttempts">Give up after this many attempts (default 100 per requested swap), so
    /// graphs where few swaps are possible (a star allows none) still return.</param>
    public static Graph Rewire(Graph graph, int swaps, SeededRandom random, long maxAttempts = -1)
    {
        if (graph.IsDirected)
        {
            throw new ArgumentException("Double edge swaps here rewire undirected graphs.", nameof(graph));
        }
        ArgumentOutOfRangeException.ThrowIfNegative(swaps);
        int m = graph.EdgeCount;
        var ends = new int[2 * m];         // edge e = {ends[2e], ends[2e+1]}
        var present = new EdgeKeySet(m);
        int e = 0;
        for (int u = 0; u < graph.NodeCount; u++)
        {
            foreach (int v in graph.Neighbors(u))
            {
                if (u < v)
                {
                    ends[2 * e] = u;
                    ends[2 * e + 1] = v;
                    present.Add(u, v);
                    e++;
                }
            }
        }
        if (maxAttempts < 0)
        {
            maxAttempts = 100L * Math.Max(swaps, 1);
        }
        int done = 0;
        for (long attempt = 0; done < swaps && attempt < maxAttempts && m >= 2; attempt++)
        {
            int e1 = random.NextInt(m);
            int e2 = random.NextInt(m);
            if (e1 == e2)
            {
                continue;
            }
            int a = ends[2 * e1], b = ends[2 * e1 + 1];
            int c = ends[2 * e2], d = ends[2 * e2 + 1];
            if ((random.NextUInt64() & 1) == 1)
            {
                (c, d) = (d, c);
            }
            // {a,b},{c,d} → {a,d},{c,b}
            if (a == d || c == b || present.Contains(a, d) || present.Contains(c, b))
            {
                continue;
            }
            present.Remove(a, b);
            present.Remove(c, d);
            present.Add(a, d);
            present.Add(c, b);
            ends[2 * e1 + 1] = d;
            ends[2 * e2] = c;
            ends[2 * e2 + 1] = b;
            done++;
        }
        var builder = new GraphBuilder(graph.NodeCount);
        for (int i = 0; i < m; i++)
        {
            builder.Add(ends[2 * i], ends[2 * i + 1]);
        }
        return builder.BuildUndirected();
    }
}
