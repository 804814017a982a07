using Analytics.Graphs;

namespace Analytics.Metrics;

/// <summary>Random walk controversy (RWC) of a graph split into two sides, computed exactly.</summary>
/// <remarks>
/// <para>Definition (K. Garimella, G. De Francisci Morales, A. Gionis and M. Mathioudakis, "Quantifying
/// controversy on social media", ACM Transactions on Social Computing 1(1), 3, 2018): with sides X and Y,
/// RWC = P_XX·P_YY − P_XY·P_YX, where P_AB is the probability that a random walk started on side A ends
/// on side B, a walk ending when it first reaches one of the k highest-degree nodes ("hubs") of either
/// side. RWC is near 1 when walks stay on their side, near 0 when sides mix.</para>
/// <para>The paper estimates the P's by sampling walks. Here they are exact: the probability a(u) that a
/// walk from u stops at a Y hub solves the absorbing-chain equations a(u) = mean over neighbours v of a(v),
/// with a = 1 on Y hubs and 0 on X hubs (J. G. Kemeny and J. L. Snell, <i>Finite Markov Chains</i>, 1960,
/// ch. III), solved by Gauss–Seidel sweeps to a tolerance. Choices, fixed so results are reproducible:</para>
/// <list type="bullet">
/// <item>nodes without a side are left out with their ties; ties are unweighted;</item>
/// <item>hubs are the k nodes of each side with the largest degree in that remaining graph, ties broken by
/// smaller node id (k is capped by the side's size);</item>
/// <item>walks start uniformly at the non-hub nodes of a side (a hub would end its walk at once); start
/// nodes that cannot reach any hub are left out;</item>
/// <item>P_AX = 1 − P_AY over the counted start nodes.</item>
/// </list>
/// </remarks>
public static class RandomWalkControversy
{
    /// <summary>The four conditional probabilities and the score.</summary>
    public sealed record Result(double Pxx, double Pxy, double Pyx, double Pyy, double Score);

    /// <summary>Computes RWC.</summary>
    /// <param name="graph">The undirected tie graph.</param>
    /// <param name="side">0 for side X, 1 for side Y, negative = no side.</param>
    /// <param name="hubsPerSide">k, the number of hubs per side (the paper uses small k such as 10).</param>
    /// <param name="tolerance">Gauss–Seidel stops when no probability moves by more than this in a sweep.</param>
    /// <param name="maxSweeps">Cap on Gauss–Seidel sweeps.</param>
    public static Result Compute(Graph graph, ReadOnlySpan<int> side, int hubsPerSide = 10,
        double tolerance = 1e-13, int maxSweeps = 100_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hubsPerSide);
        var full = TieGraphs.Undirected(graph);
        TieGraphs.CheckLength(full, side.Length, nameof(side));
        var keep = new bool[full.NodeCount];
        for (int u = 0; u < keep.Length; u++)
        {
            if (side[u] > 1)
            {
                throw new ArgumentException("Sides are 0, 1 or negative.", nameof(side));
            }
            keep[u] = side[u] >= 0;
        }
        var g = GraphViews.Induced(full, keep, out int[] oldIds);
        int n = g.NodeCount;
        var sideOf = new int[n];
        for (int u = 0; u < n; u++)
        {
            sideOf[u] = side[oldIds[u]];
        }

        // hub[u]: -1 not a hub, else the hub's side.
        var hub = new int[n];
        Array.Fill(hub, -1);
        for (int s = 0; s <= 1; s++)
        {
            var nodes = new List<int>();
            for (int u = 0; u < n; u++)
            {
                if (sideOf[u] == s)
                {
                    nodes.Add(u);
                }
            }
            nodes.Sort((a, b) => g.Degree(a) != g.Degree(b) ? g.Degree(b).CompareTo(g.Degree(a)) : a.CompareTo(b));
            for (int i = 0; i < Math.Min(hubsPerSide, nodes.Count); i++)
            {
                hub[nodes[i]] = s;
            }
        }

        var reaches = ReachesHub(g, hub);
        var a = new double[n];
        for (int u = 0; u < n; u++)
        {
            a[u] = hub[u] == 1 ? 1 : 0;
        }
        for (int sweep = 0; sweep < maxSweeps; sweep++)
        {
            double change = 0;
            for (int u = 0; u < n; u++)
            {
                if (hub[u] >= 0 || !reaches[u])
                {
                    continue;
                }
                double sum = 0;
                var nbrs = g.Neighbors(u);
                foreach (int v in nbrs)
                {
                    sum += a[v];
                }
                double next = sum / nbrs.Length;
                change = Math.Max(change, Math.Abs(next - a[u]));
                a[u] = next;
            }
            if (change <= tolerance)
            {
                break;
            }
        }

        var toY = new double[2];
        var starts = new int[2];
        for (int u = 0; u < n; u++)
        {
            if (hub[u] < 0 && reaches[u])
            {
                toY[sideOf[u]] += a[u];
                starts[sideOf[u]]++;
            }
        }
        double pxy = toY[0] / starts[0], pyy = toY[1] / starts[1];
        double pxx = 1 - pxy, pyx = 1 - pyy;
        return new Result(pxx, pxy, pyx, pyy, pxx * pyy - pxy * pyx);
    }

    // Nodes from which some hub can be reached (BFS outward from all hubs).
    private static bool[] ReachesHub(Graph g, int[] hub)
    {
        int n = g.NodeCount;
        var reached = new bool[n];
        var queue = new int[n];
        int head = 0, tail = 0;
        for (int u = 0; u < n; u++)
        {
            if (hub[u] >= 0)
            {
                reached[u] = true;
                queue[tail++] = u;
            }
        }
        while (head < tail)
        {
            int u = queue[head++];
            foreach (int v in g.Neighbors(u))
            {
                if (!reached[v])
                {
                    reached[v] = true;
                    queue[tail++] = v;
                }
            }
        }
        return reached;
    }
}
