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
        var perUser = new double[g.NodeCount];
        Array.Fill(perUser, double.NaN);
        var counts = new int[bound];
        var touched = new int[bound]; // the groups seen around the current user, to reset their counts
        double sum = 0;
        int users = 0;
        for (int u = 0; u < g.NodeCount; u++)
        {
            if (group[u] < 0)
            {
                continue;
            }
            int total = 0, seen = 0;
            foreach (int v in g.Neighbors(u))
            {
                int gv = group[v];
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
            double entropy = 0;
            for (int i = 0; i < seen; i++)
            {
                int gv = touched[i];
                double p = counts[gv] / (double)total;
                entropy -= p * Math.Log(p);
                counts[gv] = 0;
            }
            double d = k < 2 ? 0 : entropy / logK;
            perUser[u] = d;
            sum += d;
            users++;
        }
        return new Result(users == 0 ? double.NaN : sum / users, users, perUser);
    }
}
