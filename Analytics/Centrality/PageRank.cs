using System.Collections.Concurrent;
using Analytics.Graphs;

namespace Analytics.Centrality;

/// <summary>PageRank and personalized PageRank by power iteration, with NetworkX's conventions.</summary>
/// <remarks>
/// <para>Definition: the stationary distribution x of the random surfer who, with probability alpha,
/// follows an out-arc of the current node (chosen in proportion to arc weight, or uniformly when
/// unweighted) and otherwise jumps to a node drawn from the personalization vector p:</para>
/// <para><c>x'(v) = alpha · ( Σ_{u→v} x(u)·w(u,v)/W(u) + Σ_{u dangling} x(u) · d(v) ) + (1 − alpha) · p(v)</c>,</para>
/// <para>where W(u) is u's out-weight, a node without out-arcs is "dangling" and its mass is spread by
/// the dangling vector d (by default d = p, uniform when no personalization is given). Iteration starts
/// from the uniform vector and stops when the L1 change ‖x' − x‖₁ falls below N·tol, exactly as
/// networkx.pagerank (NetworkX 2.8/3.x, <c>_pagerank_scipy</c>); an undirected graph counts each edge
/// as two arcs.</para>
/// <para>References: L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation ranking: bringing
/// order to the Web", Stanford InfoLab, 1999; A. N. Langville and C. D. Meyer, "Deeper inside PageRank",
/// Internet Mathematics 1(3), 2004 (dangling nodes and personalization).</para>
/// </remarks>
public static class PageRank
{
    // Below this size a parallel loop costs more than it saves.
    private const int ParallelThreshold = 20_000;

    /// <summary>Computes (personalized) PageRank.</summary>
    /// <param name="graph">Directed or undirected graph.</param>
    /// <param name="alpha">Damping factor: the probability of following an arc (NetworkX default 0.85).</param>
    /// <param name="personalization">Teleport weights per node (any non-negative values, at least one positive;
    /// normalised to sum 1); null for uniform. Nodes with weight 0 are never jumped to.</param>
    /// <param name="dangling">Where dangling nodes send their mass (normalised); null to use the personalization vector.</param>
    /// <param name="weighted">Follow arcs in proportion to their weights; false treats every arc as weight 1.</param>
    /// <param name="maxIterations">Power-iteration cap (NetworkX default 100).</param>
    /// <param name="tolerance">Per-node tolerance; convergence when the L1 change is below N·tolerance (default 1e-6).</param>
    /// <returns>One score per node, summing to 1.</returns>
    /// <exception cref="PowerIterationFailedException">When <paramref name="maxIterations"/> iterations do not converge.</exception>
    public static double[] Compute(
        Graph graph,
        double alpha = 0.85,
        ReadOnlySpan<double> personalization = default,
        ReadOnlySpan<double> dangling = default,
        bool weighted = false,
        int maxIterations = 100,
        double tolerance = 1e-6)
    {
        int n = graph.NodeCount;
        if (n == 0)
        {
            return [];
        }
        double[] p = personalization.IsEmpty ? Uniform(n) : Normalised(personalization, n, nameof(personalization));
        double[] d = dangling.IsEmpty ? p : Normalised(dangling, n, nameof(dangling));

        // share[u] = 1 / W(u), the fraction of u's mass per unit of arc weight; 0 marks a dangling node.
        var share = new double[n];
        var danglingNodes = new List<int>();
        for (int u = 0; u < n; u++)
        {
            double w = weighted ? graph.OutStrength(u) : graph.OutDegree(u);
            if (w == 0)
            {
                danglingNodes.Add(u);
            }
            else
            {
                share[u] = 1.0 / w;
            }
        }

        var x = Uniform(n);
        var next = new double[n];
        var scaled = new double[n];
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            double danglingMass = 0;
            foreach (int u in danglingNodes)
            {
                danglingMass += x[u];
            }
            for (int u = 0; u < n; u++)
            {
                scaled[u] = x[u] * share[u];
            }
            if (n >= ParallelThreshold)
            {
                double[] xs = scaled, nx = next;
                Parallel.ForEach(Partitioner.Create(0, n), range =>
                {
                    for (int v = range.Item1; v < range.Item2; v++)
                    {
                        nx[v] = Pull(graph, v, xs, weighted, alpha, danglingMass, d[v], p[v]);
                    }
                });
            }
            else
            {
                for (int v = 0; v < n; v++)
                {
                    next[v] = Pull(graph, v, scaled, weighted, alpha, danglingMass, d[v], p[v]);
                }
            }
            double change = 0;
            for (int v = 0; v < n; v++)
            {
                change += Math.Abs(next[v] - x[v]);
            }
            (x, next) = (next, x);
            if (change < n * tolerance)
            {
                return x;
            }
        }
        throw new PowerIterationFailedException(maxIterations);
    }

    // New score of v: the sum runs over v's in-arcs in a fixed order, so parallel runs are bit-identical.
    private static double Pull(Graph graph, int v, double[] scaled, bool weighted, double alpha,
        double danglingMass, double danglingShare, double teleport)
    {
        double sum = 0;
        var sources = graph.InNeighbors(v);
        if (weighted)
        {
            var weights = graph.Weights;
            for (int i = 0; i < sources.Length; i++)
            {
                sum += scaled[sources[i]] * weights[graph.InArcIndex(v, i)];
            }
        }
        else
        {
            foreach (int u in sources)
            {
                sum += scaled[u];
            }
        }
        return alpha * (sum + danglingMass * danglingShare) + (1 - alpha) * teleport;
    }

    private static double[] Uniform(int n)
    {
        var x = new double[n];
        Array.Fill(x, 1.0 / n);
        return x;
    }

    private static double[] Normalised(ReadOnlySpan<double> values, int n, string name)
    {
        if (values.Length != n)
        {
            throw new ArgumentException("One value per node is required.", name);
        }
        double total = 0;
        foreach (double v in values)
        {
            if (v < 0 || double.IsNaN(v))
            {
                throw new ArgumentException("Values must be non-negative.", name);
            }
            total += v;
        }
        if (total <= 0)
        {
            throw new ArgumentException("At least one value must be positive.", name);
        }
        var result = new double[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = values[i] / total;
        }
        return result;
    }
}
