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

    // Per-worker buffers for one single-source pass of Brandes' algorithm.
    private sealed class BrandesWorkspace(int n)
    {
        private readonly int[] distance = Filled(n);
        private readonly double[] sigma = new double[n];
        private readonly double[] delta = new double[n];
        private readonly int[] order = new int[n];      // BFS order = stack of visited nodes

        public void AddDependencies(Graph graph, int s, double[] sums)
        {
            int head = 0, tail = 0;
            distance[s] = 0;
            sigma[s] = 1;
            order[tail++] = s;
            while (head < tail)
            {
                int v = order[head++];
                int dv = distance[v] + 1;
                double sv = sigma[v];
                foreach (int w in graph.Neighbors(v))
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = dv;
                        order[tail++] = w;
                    }
                    if (distance[w] == dv)
                    {
                        sigma[w] += sv;
                    }
                }
            }
            // Dependencies in order of non-increasing distance.
            for (int i = tail - 1; i > 0; i--)
            {
                int w = order[i];
                int dw = distance[w] - 1;
                double coefficient = (1 + delta[w]) / sigma[w];
                foreach (int v in graph.InNeighbors(w))
                {
                    if (distance[v] == dw)
                    {
                        delta[v] += sigma[v] * coefficient;
                    }
                }
                sums[w] += delta[w];
            }
            // Reset only what was touched.
            for (int i = 0; i < tail; i++)
            {
                int v = order[i];
                distance[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
        }

        private double[]? weightedDistance;
        private PriorityQueue<int, double>? queue;

        public void AddWeightedDependencies(Graph graph, int s, double[] sums)
        {
            var dist = weightedDistance ??= FilledDouble(distance.Length);
            var heap = queue ??= new PriorityQueue<int, double>();
            var weights = graph.Weights;
            int tail = 0;
            dist[s] = 0;
            sigma[s] = 1;
            heap.Enqueue(s, 0);
            // distance[v] >= 0 marks v as settled; order[] lists settled nodes by distance.
            while (heap.TryDequeue(out int v, out double dv))
            {
                if (distance[v] >= 0 || dv > dist[v])
                {
                    continue;
                }
                distance[v] = 0;
                order[tail++] = v;
                var nbrs = graph.Neighbors(v);
                var ws = graph.NeighborWeights(v);
                for (int i = 0; i < nbrs.Length; i++)
                {
                    int w = nbrs[i];
                    if (distance[w] >= 0)
                    {
                        continue;
                    }
                    double dw = dv + ws[i];
                    if (dw < dist[w])
                    {
                        dist[w] = dw;
                        sigma[w] = sigma[v];
                        heap.Enqueue(w, dw);
                    }
                    else if (dw == dist[w])
                    {
                        sigma[w] += sigma[v];
                    }
                }
            }
            for (int i = tail - 1; i > 0; i--)
            {
                int w = order[i];
                double coefficient = (1 + delta[w]) / sigma[w];
                var preds = graph.InNeighbors(w);
                for (int j = 0; j < preds.Length; j++)
                {
                    int v = preds[j];
                    if (distance[v] >= 0 && v != w && dist[v] + weights[graph.InArcIndex(w, j)] == dist[w])
                    {
                        delta[v] += sigma[v] * coefficient;
                    }
                }
                sums[w] += delta[w];
            }
            for (int i = 0; i < tail; i++)
            {
                int v = order[i];
                distance[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
                dist[v] = double.PositiveInfinity;     // every reached node was settled
            }
        }

        private static double[] FilledDouble(int n)
        {
            var a = new double[n];
            Array.Fill(a, double.PositiveInfinity);
            return a;
        }

        private static int[] Filled(int n)
        {
            var a = new int[n];
            Array.Fill(a, -1);
            return a;
        }
    }
}
