using Analytics.Graphs;

namespace Analytics.Centrality;

/// <summary>
/// Per-worker buffers for one single-source pass of Brandes' algorithm (U. Brandes, J. Math. Sociology
/// 25(2), 2001): shortest-path counts by BFS or Dijkstra, then dependencies in order of decreasing
/// distance, added into the caller's sums. Only the nodes a pass touched are reset.
/// </summary>
internal sealed class BrandesWorkspace(int n)
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
