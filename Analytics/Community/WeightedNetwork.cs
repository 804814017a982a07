using Analytics.Graphs;

namespace Analytics.Community;

/// <summary>
/// The undirected weighted graph that Leiden and Louvain work on: CSR adjacency without self-loops,
/// plus a strength per node. After aggregation a node stands for a set of original nodes; its strength
/// is their total degree and the weight inside it no longer matters for moves, so it is not stored.
/// </summary>
internal sealed class WeightedNetwork
{
    public WeightedNetwork(int nodeCount, int[] offsets, int[] targets, double[] weights, double[] strength)
    {
        NodeCount = nodeCount;
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        Strength = strength;
    }

    public int NodeCount { get; }
    public int[] Offsets { get; }
    public int[] Targets { get; }
    public double[] Weights { get; }
    public double[] Strength { get; }

    /// <summary>The undirected view of <paramref name="graph"/>, unit weights unless <paramref name="weighted"/>.</summary>
    public static WeightedNetwork From(Graph graph, bool weighted)
    {
        var g = GraphViews.ToUndirected(graph);
        int n = g.NodeCount;
        var offsets = g.Offsets.ToArray();
        var targets = g.Targets.ToArray();
        var weights = new double[targets.Length];
        var strength = new double[n];
        var raw = g.Weights;
        for (int a = 0; a < weights.Length; a++)
        {
            weights[a] = weighted ? raw[a] : 1.0;
        }
        for (int u = 0; u < n; u++)
        {
            for (int a = offsets[u]; a < offsets[u + 1]; a++)
            {
                strength[u] += weights[a];
            }
        }
        return new WeightedNetwork(n, offsets, targets, weights, strength);
    }

    /// <summary>Collapses each group of <paramref name="groupOf"/> (ids 0..groups-1) into one node.</summary>
    public WeightedNetwork Aggregate(int[] groupOf, int groups)
    {
        var strength = new double[groups];
        for (int u = 0; u < NodeCount; u++)
        {
            strength[groupOf[u]] += Strength[u];
        }
        // Members of each group, then one pass per group summing weights to neighbouring groups.
        var memberStart = new int[groups + 1];
        foreach (int g in groupOf)
        {
            memberStart[g + 1]++;
        }
        for (int g = 0; g < groups; g++)
        {
            memberStart[g + 1] += memberStart[g];
        }
        var members = new int[NodeCount];
        var fill = memberStart[..groups];
        for (int u = 0; u < NodeCount; u++)
        {
            members[fill[groupOf[u]]++] = u;
        }

        // Two passes over the members' arcs: count each group's distinct neighbour groups, then fill.
        // Exact sizes keep the peak memory at one copy of the aggregate (no list doubling).
        var offsets = new int[groups + 1];
        var stamp = new int[groups];
        Array.Fill(stamp, -1);
        for (int g = 0; g < groups; g++)
        {
            int distinct = 0;
            for (int i = memberStart[g]; i < memberStart[g + 1]; i++)
            {
                int u = members[i];
                for (int a = Offsets[u]; a < Offsets[u + 1]; a++)
                {
                    int h = groupOf[Targets[a]];
                    if (h != g && stamp[h] != g)
                    {
                        stamp[h] = g;
                        distinct++;
                    }
                }
            }
            offsets[g + 1] = offsets[g] + distinct;
        }
        var targets = new int[offsets[groups]];
        var weights = new double[offsets[groups]];
        var slot = new int[groups];
        Array.Fill(stamp, -1);
        for (int g = 0; g < groups; g++)
        {
            int next = offsets[g];
            for (int i = memberStart[g]; i < memberStart[g + 1]; i++)
            {
                int u = members[i];
                for (int a = Offsets[u]; a < Offsets[u + 1]; a++)
                {
                    int h = groupOf[Targets[a]];
                    if (h == g)
                    {
                        continue;
                    }
                    if (stamp[h] != g)
                    {
                        stamp[h] = g;
                        slot[h] = next;
                        targets[next++] = h;
                    }
                    weights[slot[h]] += Weights[a];
                }
            }
            // Rows sorted by neighbour id keep the aggregate's scan order independent of member order.
            Array.Sort(targets, weights, offsets[g], next - offsets[g]);
        }
        return new WeightedNetwork(groups, offsets, targets, weights, strength);
    }
}
