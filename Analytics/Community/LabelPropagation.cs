using Analytics.Graphs;
using Analytics.Sampling;

namespace Analytics.Community;

/// <summary>Community detection by asynchronous label propagation.</summary>
/// <remarks>
/// Definition: every node starts with its own label; in each sweep the nodes, taken in a fresh seeded
/// random order, adopt the label carried by most of their neighbours (by total tie weight when
/// weighted), keeping their own label when it is among the most frequent and otherwise choosing among the
/// tied labels at random. Sweeps stop when no node changes, i.e. every node holds a label of maximal
/// frequency among its neighbours (U. N. Raghavan, R. Albert and S. Kumara, "Near linear time algorithm
/// to detect community structures in large-scale networks", Phys. Rev. E 76, 036106, 2007). This is the
/// rule of networkx.algorithms.community.asyn_lpa_communities; the random streams differ, so partitions
/// agree with NetworkX in kind, not label for label.
/// </remarks>
public static class LabelPropagation
{
    /// <summary>Finds communities.</summary>
    /// <param name="graph">Graph, read as undirected.</param>
    /// <param name="seed">Seed of the sweep orders and tie breaks.</param>
    /// <param name="weighted">Count neighbours by tie weight rather than by number.</param>
    /// <param name="maxSweeps">Safety cap on sweeps (label propagation can oscillate on rare graphs).</param>
    /// <returns>Community id per node, numbered 0..k-1 in order of each community's smallest node.</returns>
    public static int[] Detect(Graph graph, long seed = 0, bool weighted = false, int maxSweeps = 1000)
    {
        var g = GraphViews.ToUndirected(graph);
        int n = g.NodeCount;
        var label = new int[n];
        var order = new int[n];
        for (int u = 0; u < n; u++)
        {
            label[u] = u;
            order[u] = u;
        }
        var random = new SeededRandom(seed);
        var frequency = new double[n];
        var seen = new bool[n];
        var present = new List<int>();
        var best = new List<int>();
        for (int sweep = 0; sweep < maxSweeps; sweep++)
        {
            random.Shuffle(order.AsSpan());
            bool changed = false;
            foreach (int u in order)
            {
                var nbrs = g.Neighbors(u);
                if (nbrs.Length == 0)
                {
                    continue;
                }
                var ws = g.NeighborWeights(u);
                for (int i = 0; i < nbrs.Length; i++)
                {
                    int l = label[nbrs[i]];
                    if (!seen[l])
                    {
                        seen[l] = true;
                        present.Add(l);
                    }
                    frequency[l] += weighted ? ws[i] : 1.0;
                }
                double max = 0;
                foreach (int l in present)
                {
                    max = Math.Max(max, frequency[l]);
                }
                // 'present' is in neighbour order, which is deterministic, so the random pick is too.
                foreach (int l in present)
                {
                    if (frequency[l] == max)
                    {
                        best.Add(l);
                    }
                }
                if (!best.Contains(label[u]))
                {
                    label[u] = best[random.NextInt(best.Count)];
                    changed = true;
                }
                foreach (int l in present)
                {
                    frequency[l] = 0;
                    seen[l] = false;
                }
                present.Clear();
                best.Clear();
            }
            if (!changed)
            {
                break;
            }
        }
        return Leiden.Renumber(label);
    }
}
