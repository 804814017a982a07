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
/// iterations a Gauss–Seidel or walk-by-walk approach would. The free nodes' system is copied once into its own
/// CSR (free-to-free ties only, 4 bytes a tie), and the product runs on fixed row blocks in parallel, so each of
/// the ~50 iterations on 10M ties is one branch-free pass and the result is the same on any core count.
/// Nodes without a side are skipped in place rather than cut out into an induced copy of the graph.
/// Choices, fixed so results are reproducible:</para>
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
        var g = TieGraphs.Undirected(graph);
        TieGraphs.CheckLength(g, side.Length, nameof(side));
        int n = g.NodeCount;
        var sideOf = new int[n];
        for (int u = 0; u < n; u++)
        {
            if (side[u] > 1)
            {
                throw new ArgumentException("Sides are 0, 1 or negative.", nameof(side));
            }
            sideOf[u] = side[u] < 0 ? -1 : side[u];
        }
        // Nodes without a side are left out with their ties: work on the full graph and skip them, rather
        // than copying the induced subgraph (on 10M ties the copy cost more than the solve).
        var offsets = g.OffsetArray;
        var targets = g.TargetArray;
        var degree = new int[n];
        for (int u = 0; u < n; u++)
        {
            if (sideOf[u] < 0)
            {
                continue;
            }
            int d = 0;
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                d += sideOf[targets[a]] >= 0 ? 1 : 0;
            }
            degree[u] = d;
        }

        // hub[u]: -1 not a hub, else the hub's side. k passes of a linear scan beat sorting for k ≤ 10.
        var hub = new int[n];
        Array.Fill(hub, -1);
        for (int s = 0; s <= 1; s++)
        {
            for (int i = 0; i < hubsPerSide; i++)
            {
                int best = -1;
                for (int u = 0; u < n; u++)
                {
                    if (sideOf[u] == s && hub[u] < 0 && (best < 0 || degree[u] > degree[best]))
                    {
                        best = u;
                    }
                }
                if (best < 0)
                {
                    break;
                }
                hub[best] = s;
            }
        }

        var free = ReachesHub(offsets, targets, sideOf, hub);
        for (int u = 0; u < n; u++)
        {
            free[u] &= hub[u] < 0;
        }
        var absorbed = AbsorptionIntoSideY(offsets, targets, degree, hub, free, tolerance, maxIterations);

        var toY = new double[2];
        var starts = new int[2];
        for (int u = 0; u < n; u++)
        {
            if (free[u])
            {
                toY[sideOf[u]] += absorbed[u];
                starts[sideOf[u]]++;
            }
        }
        double pxy = toY[0] / starts[0], pyy = toY[1] / starts[1];
        double pxx = 1 - pxy, pyx = 1 - pyy;
        return new Result(pxx, pxy, pyx, pyy, pxx * pyy - pxy * pyx);
    }

    // Solves L a = b on the free nodes F, with L = (D − A)_FF and b(u) = number of u's ties to side-Y hubs,
    // by Jacobi-preconditioned conjugate gradients. Entries outside F stay 0.
    private static double[] AbsorptionIntoSideY(int[] offsets, int[] targets, int[] degree, int[] hub, bool[] free,
        double tolerance, int maxIterations)
    {
        int n = free.Length;
        // The free subgraph in its own CSR (free nodes numbered in order, free-to-free ties only), so each
        // iteration reads 4 bytes per tie and branches on nothing.
        var index = new int[n];
        var node = new List<int>();
        for (int u = 0; u < n; u++)
        {
            index[u] = free[u] ? node.Count : -1;
            if (free[u])
            {
                node.Add(u);
            }
        }
        int f = node.Count;
        var rowStart = new int[f + 1];
        var diagonal = new double[f];
        var b = new double[f];
        for (int i = 0; i < f; i++)
        {
            int u = node[i];
            int inside = 0;
            for (int e = offsets[u]; e < offsets[u + 1]; e++)
            {
                int v = targets[e];
                if (free[v])
                {
                    inside++;
                }
                else if (hub[v] == 1)
                {
                    b[i]++;
                }
            }
            rowStart[i + 1] = rowStart[i] + inside;
            diagonal[i] = degree[u];
        }
        var column = new int[rowStart[f]];
        for (int i = 0; i < f; i++)
        {
            int u = node[i];
            int next = rowStart[i];
            for (int e = offsets[u]; e < offsets[u + 1]; e++)
            {
                int j = index[targets[e]];
                if (j >= 0)
                {
                    column[next++] = j;
                }
            }
        }
        var system = new LaplacianSystem(rowStart, column, diagonal);
        var solution = ConjugateGradients.Solve(system, b, tolerance, maxIterations);
        var a = new double[n];
        for (int i = 0; i < f; i++)
        {
            a[node[i]] = solution[i];
        }
        return a;
    }

    // Nodes with a side from which some hub can be reached (BFS outward from all hubs over sided nodes).
    private static bool[] ReachesHub(int[] offsets, int[] targets, int[] sideOf, int[] hub)
    {
        int n = hub.Length;
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
            for (int e = offsets[u]; e < offsets[u + 1]; e++)
            {
                int v = targets[e];
                if (!reached[v] && sideOf[v] >= 0)
                {
                    reached[v] = true;
                    queue[tail++] = v;
                }
            }
        }
        return reached;
    }
}
