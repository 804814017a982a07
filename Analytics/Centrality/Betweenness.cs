using Analytics.Graphs;
using Analytics.Sampling;

namespace Analytics.Centrality;

/// <summary>Shortest-path betweenness centrality by Brandes' algorithm, exact or from sampled sources.</summary>
/// <remarks>
/// <para>Definition: c_B(v) = Σ_{s≠v≠t} σ(s,t|v)/σ(s,t), where σ(s,t) counts shortest s–t paths and
/// σ(s,t|v) those through v. Brandes' algorithm runs one BFS per source s and accumulates the
/// dependencies δ_s(v) = Σ_{w: v∈pred(w)} σ(s,v)/σ(s,w)·(1 + δ_s(w)) in order of decreasing distance,
/// so the whole computation takes O(nm) time and O(n + m) space per worker
/// (U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociology 25(2), 2001).
/// Predecessors are not stored: w's predecessors are its in-neighbours v with d(s,v) + w(v,w) = d(s,w).
/// Weighted graphs replace the BFS by Dijkstra's algorithm (Brandes 2001, §4); distances are compared
/// exactly, as NetworkX does, so integer weights give exact path counts.</para>
/// <para>Scaling follows networkx.betweenness_centrality (endpoints excluded, unweighted):
/// normalized values are multiplied by 1/((n−1)(n−2)) for directed and undirected graphs alike (the sum
/// over ordered pairs of an undirected graph counts each pair twice, which this factor absorbs);
/// unnormalized undirected values are halved. With k sampled sources the values are further multiplied
/// by n/k, NetworkX's estimator (U. Brandes and C. Pich, "Centrality estimation in large networks",
/// Int. J. Bifurcation and Chaos 17(7), 2007).</para>
/// <para>Sources are split into a fixed number of blocks, each accumulated on its own array and summed in
/// block order, so results are bit-identical whatever the number of cores.</para>
/// </remarks>
public static class Betweenness
{
    private const int Blocks = 8;

    /// <summary>Exact betweenness of every node (all n sources).</summary>
    /// <param name="graph">Directed or undirected graph; arcs are unweighted.</param>
    /// <param name="normalized">Divide by (n−1)(n−2) as NetworkX does; otherwise raw pair sums (halved when undirected).</param>
    /// <param name="weighted">Shortest paths by arc weight (positive weights); false counts hops.</param>
    public static double[] Exact(Graph graph, bool normalized = true, bool weighted = false)
    {
        var sources = new int[graph.NodeCount];
        for (int i = 0; i < sources.Length; i++)
        {
            sources[i] = i;
        }
        var raw = Accumulate(graph, sources, weighted);
        Rescale(raw, graph, normalized, sampled: null);
        return raw;
    }

    /// <summary>Betweenness estimated from <paramref name="k"/> source nodes drawn without replacement.</summary>
    /// <param name="graph">Directed or undirected graph; arcs are unweighted.</param>
    /// <param name="k">Number of pivots (NetworkX's <c>k</c>); k ≥ n gives the exact values.</param>
    /// <param name="seed">Seed of the pivot draw: the same seed gives the same pivots and result.</param>
    /// <param name="normalized">As in <see cref="Exact"/>.</param>
    /// <param name="weighted">As in <see cref="Exact"/>.</param>
    public static double[] Sampled(Graph graph, int k, long seed, bool normalized = true, bool weighted = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        int n = graph.NodeCount;
        if (k >= n)
        {
            return Exact(graph, normalized, weighted);
        }
        var all = new int[n];
        for (int i = 0; i < n; i++)
        {
            all[i] = i;
        }
        // Partial Fisher–Yates: the first k slots become a uniform sample without replacement.
        var random = new SeededRandom(seed);
        for (int i = 0; i < k; i++)
        {
            int j = i + random.NextInt(n - i);
            (all[i], all[j]) = (all[j], all[i]);
        }
        var sources = all[..k];
        Array.Sort(sources);
        var raw = Accumulate(graph, sources, weighted);
        Rescale(raw, graph, normalized, sampled: k);
        return raw;
    }

    private static double[] Accumulate(Graph graph, int[] sources, bool weighted)
    {
        int n = graph.NodeCount;
        int blocks = Math.Max(1, Math.Min(Blocks, sources.Length));
        var partial = new double[blocks][];
        Parallel.For(0, blocks, b =>
        {
            var work = new BrandesWorkspace(n);
            var sums = new double[n];
            int from = (int)((long)sources.Length * b / blocks);
            int to = (int)((long)sources.Length * (b + 1) / blocks);
            for (int i = from; i < to; i++)
            {
                if (weighted)
                {
                    work.AddWeightedDependencies(graph, sources[i], sums);
                }
                else
                {
                    work.AddDependencies(graph, sources[i], sums);
                }
            }
            partial[b] = sums;
        });
        var total = partial[0];
        for (int b = 1; b < blocks; b++)
        {
            var p = partial[b];
            for (int v = 0; v < n; v++)
            {
                total[v] += p[v];
            }
        }
        return total;
    }

    private static void Rescale(double[] values, Graph graph, bool normalized, int? sampled)
    {
        int n = graph.NodeCount;
        double scale;
        if (normalized)
        {
            if (n <= 2)
            {
                return;       // every value is 0
            }
            scale = 1.0 / ((n - 1.0) * (n - 2.0));
        }
        else
        {
            scale = graph.IsDirected ? 1.0 : 0.5;
        }
        if (sampled is int k)
        {
            scale *= (double)n / k;
        }
        for (int v = 0; v < n; v++)
        {
            values[v] *= scale;
        }
    }
}
