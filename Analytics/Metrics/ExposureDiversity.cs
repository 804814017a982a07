using Analytics.Graphs;

namespace Analytics.Metrics;

/// <summary>Exposure diversity: how evenly a user's neighbours spread over the groups.</summary>
/// <remarks>
/// Definition (DESIGN.md, "Graph semantics for metrics"): for each grouped user u with at least one
/// grouped neighbour, D(u) = H(p_u) / log K, where p_u(g) is the share of u's grouped neighbours in
/// group g, H(p) = −Σ_g p(g) log p(g) is the Shannon entropy (C. E. Shannon, "A mathematical theory of
/// communication", Bell System Technical Journal 27, 1948) and K is the number of groups present in the
/// scope; D(u) = 0 when K &lt; 2. D(u) runs from 0 (all neighbours in one group) to 1 (neighbours spread
/// evenly over all K groups). The report gives the mean over those users. Ties are unweighted; users
/// without a group are left out with their ties.
/// </remarks>
public static class ExposureDiversity
{
    /// <summary>Per-user values and their mean.</summary>
    /// <param name="Mean">Mean D(u) over counted users; NaN when none.</param>
    /// <param name="Users">Number of counted users (grouped, with a grouped neighbour).</param>
    /// <param name="PerUser">D(u) per node; NaN for users not counted.</param>
    public sealed record Result(double Mean, int Users, double[] PerUser);

    /// <summary>Computes exposure diversity.</summary>
    /// <param name="graph">The undirected tie graph.</param>
    /// <param name="group">Group label per node; negative = no attribute.</param>
    public static Result Compute(Graph graph, ReadOnlySpan<int> group)
    {
        var g = TieGraphs.Undirected(graph);
        TieGraphs.CheckLength(g, group.Length, nameof(group));
        var (k, bound) = TieGraphs.Groups(group);
        double logK = Math.Log(k);
        var labels = group.ToArray();
        int n = g.NodeCount;
        var perUser = new double[n];
        Array.Fill(perUser, double.NaN);
        int maxDegree = 0;
        for (int u = 0; u < n; u++)
        {
            maxDegree = Math.Max(maxDegree, g.Degree(u));
        }
        var cLogC = CLogC(maxDegree);
        // Fixed row blocks in parallel, partial sums added in block order: the same mean on any core count.
        var (sum, users, _) = RowBlocks.Sum(n, (start, end) =>
        {
            var counts = new int[bound];
            var touched = new int[bound]; // the groups seen around the current user, to reset their counts
            double blockSum = 0;
            int blockUsers = 0;
            for (int u = start; u < end; u++)
            {
                if (labels[u] < 0)
                {
                    continue;
                }
                int total = 0, seen = 0;
                foreach (int v in g.Neighbors(u))
                {
                    int gv = labels[v];
                    if (gv < 0)
                    {
                        continue;
                    }
                    if (counts[gv]++ == 0)
                    {
                        touched[seen++] = gv;
                    }
                    total++;
                }
                if (total == 0)
                {
                    continue;
                }
                double sumCLogC = 0;
                for (int i = 0; i < seen; i++)
                {
                    sumCLogC += cLogC[counts[touched[i]]];
                    counts[touched[i]] = 0;
                }
                double d = Diversity(cLogC, total, sumCLogC, k, logK);
                perUser[u] = d;
                blockSum += d;
                blockUsers++;
            }
            return (blockSum, blockUsers, 0.0);
        });
        return Averaged(sum, users, perUser);
    }

    /// <summary>Exposure diversity over three groups, the values' signs (below, at and above zero), from the counts
    /// that <paramref name="sums"/> already holds: the figure <see cref="Compute"/> gives for sign labels, without
    /// another pass over the ties (a report that needs the neighbour sums anyway saves one).</summary>
    public static Result OfSigns(NeighbourSums sums)
    {
        int n = sums.Value.Length;
        bool anyNegative = false, anyZero = false, anyPositive = false;
        int maxCount = 0;
        var values = sums.Value;
        var counts = sums.Count;
        for (int u = 0; u < n; u++)
        {
            anyNegative |= values[u] < 0;
            anyZero |= values[u] == 0;
            anyPositive |= values[u] > 0;
            maxCount = Math.Max(maxCount, counts[u]);
        }
        int k = (anyNegative ? 1 : 0) + (anyZero ? 1 : 0) + (anyPositive ? 1 : 0);
        double logK = Math.Log(k);
        var cLogC = CLogC(maxCount);
        var perUser = new double[n];
        Array.Fill(perUser, double.NaN);
        // The same blocks, per-user formula and order of sums as Compute.
        var (sum, users, _) = RowBlocks.Sum(n, (start, end) =>
        {
            // The sums' own arrays, read in place (a lambda cannot capture spans, so each block takes them).
            var value = sums.Value;
            var count = sums.Count;
            var negative = sums.Negative;
            var positive = sums.Positive;
            double blockSum = 0;
            int blockUsers = 0;
            for (int u = start; u < end; u++)
            {
                int total = count[u];
                if (double.IsNaN(value[u]) || total == 0)
                {
                    continue;
                }
                double sumCLogC = cLogC[negative[u]] + cLogC[total - negative[u] - positive[u]] + cLogC[positive[u]];
                double d = Diversity(cLogC, total, sumCLogC, k, logK);
                perUser[u] = d;
                blockSum += d;
                blockUsers++;
            }
            return (blockSum, blockUsers, 0.0);
        });
        return Averaged(sum, users, perUser);
    }

    // D(u) from the counts' total t and Σ_g c_g log c_g.
    private static double Diversity(double[] cLogC, int total, double sumCLogC, int k, double logK) =>
        k < 2 ? 0 : (cLogC[total] - sumCLogC) / total / logK;

    private static Result Averaged(double sum, double users, double[] perUser) =>
        new(users == 0 ? double.NaN : sum / users, (int)users, perUser);

    // H(p_u) = log t − Σ_g c_g log c_g / t with c_g the counts and t their total, so with c log c tabled up to the
    // largest count a user's entropy takes no logarithm (there were three per user, a tenth of the time).
    private static double[] CLogC(int max)
    {
        var table = new double[max + 1];
        for (int c = 2; c <= max; c++)
        {
            table[c] = c * Math.Log(c);
        }
        return table;
    }
}
