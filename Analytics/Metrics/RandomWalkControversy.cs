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
/// ch. III). Multiplied by degrees this is the Dirichlet problem (D − A)_FF a_F = A_{F,Y} 1 on the free
/// (non-hub) nodes F, whose matrix is symmetric positive definite, so it is solved by conjugate gradients
/// with a diagonal (Jacobi) preconditioner (M. R. Hestenes and E. Stiefel, J. Res. NBS 49(6), 1952;
/// Y. Saad, <i>Iterative Methods for Sparse Linear Systems</i>, 2nd ed., 2003, §9.2). Walks on large graphs
/// with few hubs take very long to be absorbed; conjugate gradients needs about the square root of the
/// iterations a Gauss–Seidel or walk-by-walk approach would. Choices, fixed so results are reproducible:</para>
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
    /// <param name="tolerance">Stop when the residual's 2-norm falls below this fraction of the right-hand side's.</param>
    /// <param name="maxIterations">Cap on conjugate-gradient iterations.</param>
    public static Result Compute(Graph graph, ReadOnlySpan<int> side, int hubsPerSide = 10,
        double tolerance = 1e-13, int maxIterations = 100_000)
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
        var free = new bool[n];
        for (int u = 0; u < n; u++)
        {
            free[u] = hub[u] < 0 && reaches[u];
        }
        var a = AbsorptionIntoSideY(g, hub, free, tolerance, maxIterations);

        var toY = new double[2];
        var starts = new int[2];
        for (int u = 0; u < n; u++)
        {
            if (free[u])
            {
                toY[sideOf[u]] += a[u];
                starts[sideOf[u]]++;
            }
        }
        double pxy = toY[0] / starts[0], pyy = toY[1] / starts[1];
        double pxx = 1 - pxy, pyx = 1 - pyy;
        return new Result(pxx, pxy, pyx, pyy, pxx * pyy - pxy * pyx);
    }

    // Solves (D − A)_FF a = b, b(u) = number of u's ties to side-Y hubs, by Jacobi-preconditioned
    // conjugate gradients. Entries outside F stay 0. Row products are independent, so the parallel
    // product is bit-identical to a sequential one; dot products run sequentially in node order.
    private static double[] AbsorptionIntoSideY(Graph g, int[] hub, bool[] free, double tolerance, int maxIterations)
    {
        int n = g.NodeCount;
        var x = new double[n];
        var r = new double[n];
        var z = new double[n];
        var p = new double[n];
        var mp = new double[n];
        double bNorm = 0;
        for (int u = 0; u < n; u++)
        {
            if (!free[u])
            {
                continue;
            }
            foreach (int v in g.Neighbors(u))
            {
                if (hub[v] == 1)
                {
                    r[u]++;
                }
            }
            bNorm += r[u] * r[u];
        }
        bNorm = Math.Sqrt(bNorm);
        if (bNorm == 0)
        {
            return x;                       // no free node touches a Y hub: every walk ends on side X
        }
        double rz = 0;
        for (int u = 0; u < n; u++)
        {
            if (free[u])
            {
                z[u] = r[u] / g.Degree(u);
                p[u] = z[u];
                rz += r[u] * z[u];
            }
        }
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            Multiply(g, free, p, mp);
            double pMp = 0;
            for (int u = 0; u < n; u++)
            {
                pMp += p[u] * mp[u];
            }
            double alpha = rz / pMp;
            double rNorm = 0;
            for (int u = 0; u < n; u++)
            {
                x[u] += alpha * p[u];
                r[u] -= alpha * mp[u];
                rNorm += r[u] * r[u];
            }
            if (Math.Sqrt(rNorm) <= tolerance * bNorm)
            {
                break;
            }
            double rzNext = 0;
            for (int u = 0; u < n; u++)
            {
                if (free[u])
                {
                    z[u] = r[u] / g.Degree(u);
                    rzNext += r[u] * z[u];
                }
            }
            double beta = rzNext / rz;
            rz = rzNext;
            for (int u = 0; u < n; u++)
            {
                p[u] = z[u] + beta * p[u];
            }
        }
        return x;
    }

    // y = (D − A)_FF x on the free nodes; x is 0 outside F.
    private static void Multiply(Graph g, bool[] free, double[] x, double[] y)
    {
        void Rows(int from, int to)
        {
            for (int u = from; u < to; u++)
            {
                if (!free[u])
                {
                    y[u] = 0;
                    continue;
                }
                double sum = 0;
                foreach (int v in g.Neighbors(u))
                {
                    sum += x[v];
                }
                y[u] = g.Degree(u) * x[u] - sum;
            }
        }
        int n = g.NodeCount;
        if (n < 20_000)
        {
            Rows(0, n);
        }
        else
        {
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, n), range => Rows(range.Item1, range.Item2));
        }
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
