using Analytics.Graphs;

namespace Analytics.Metrics;

/// <summary>Coleman's homophily index for each group.</summary>
/// <remarks>
/// <para>Definition: for group g, let T_g be the number of tie ends held by its members (each undirected
/// tie read from both ends, as a symmetric mixing matrix), W_g the ends whose other end is also in g, and
/// E_g = T_g (n_g − 1)/(n − 1) the number expected if members chose partners at random among the other
/// grouped nodes. Then H_g = (W_g − E_g)/(T_g − E_g) when W_g &gt; E_g (0 … 1, 1 = only internal ties),
/// and H_g = (W_g − E_g)/E_g otherwise (−1 … 0). (J. Coleman, "Relational analysis: the study of social
/// organizations with survey methods", Human Organization 17(4), 28–36, 1958; in the form reviewed by
/// M. Bojanowski and R. Corten, "Measuring segregation in social networks", Social Networks 39, 14–32,
/// 2014, and implemented in their R package netseg as <c>coleman</c>.)</para>
/// <para>Ties are unweighted; nodes without a group are left out with their ties. A group whose
/// expectation is 0 (a single member) gets NaN.</para>
/// </remarks>
public static class ColemanHomophily
{
    /// <summary>H_g for g = 0..(largest group label); NaN for labels with no members.</summary>
    /// <param name="graph">The undirected tie graph.</param>
    /// <param name="group">Group label per node; negative = no attribute.</param>
    public static double[] PerGroup(Graph graph, ReadOnlySpan<int> group)
    {
        var g = TieGraphs.Undirected(graph);
        TieGraphs.CheckLength(g, group.Length, nameof(group));
        var (_, bound) = TieGraphs.Groups(group);
        var size = new long[bound];
        var ends = new long[bound];
        var within = new long[bound];
        long n = 0;
        for (int u = 0; u < g.NodeCount; u++)
        {
            int gu = group[u];
            if (gu < 0)
            {
                continue;
            }
            n++;
            size[gu]++;
            foreach (int v in g.Neighbors(u))
            {
                if (group[v] < 0)
                {
                    continue;
                }
                ends[gu]++;
                if (group[v] == gu)
                {
                    within[gu]++;
                }
            }
        }
        return FromCounts(size, ends, within, n);
    }

    /// <summary>H_g read off a mixing matrix (the same figures as from the graph it was counted on).</summary>
    public static double[] PerGroup(MixingMatrix mixing)
    {
        int bound = mixing.Groups;
        var size = new long[bound];
        var ends = new long[bound];
        var within = new long[bound];
        for (int a = 0; a < bound; a++)
        {
            size[a] = mixing.Size(a);
            ends[a] = mixing.Ends(a);
            within[a] = mixing.Arcs(a, a);
        }
        return FromCounts(size, ends, within, mixing.Users);
    }

    private static double[] FromCounts(long[] size, long[] ends, long[] within, long n)
    {
        int bound = size.Length;
        var result = new double[bound];
        for (int k = 0; k < bound; k++)
        {
            if (size[k] == 0 || n < 2)
            {
                result[k] = double.NaN;
                continue;
            }
            double expected = ends[k] * (size[k] - 1) / (double)(n - 1);
            if (within[k] > expected)
            {
                result[k] = (within[k] - expected) / (ends[k] - expected);
            }
            else
            {
                result[k] = expected > 0 ? (within[k] - expected) / expected : double.NaN;
            }
        }
        return result;
    }
}
