using Analytics.Graphs;

namespace Analytics.Community;

/// <summary>Modularity of a given partition.</summary>
/// <remarks>
/// <para>Definition (undirected): Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], where m is the total edge weight,
/// L_c the weight of edges inside community c, d_c the total degree (strength) of its nodes and γ the
/// resolution (M. E. J. Newman and M. Girvan, "Finding and evaluating community structure in networks",
/// Phys. Rev. E 69, 026113, 2004; resolution: J. Reichardt and S. Bornholdt, Phys. Rev. E 74, 016110, 2006).
/// Directed: Q = Σ_c [ L_c / m − γ d⁺_c d⁻_c / m² ] with out- and in-strengths (E. A. Leicht and
/// M. E. J. Newman, Phys. Rev. Lett. 100, 118703, 2008). Matches networkx.community.modularity.</para>
/// <para>Nodes whose community is negative are left out together with their ties, which is how
/// DESIGN.md treats users without the attribute that defines the partition.</para>
/// </remarks>
public static class Modularity
{
    /// <summary>Modularity of <paramref name="communityOf"/> on <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="communityOf">Community label per node (any non-negative integers); negative = excluded.</param>
    /// <param name="resolution">γ: above 1 favours smaller communities, below 1 larger ones.</param>
    /// <param name="weighted">Use arc weights; false counts every tie as 1 (DESIGN.md's default for metrics).</param>
    /// <returns>Q, or NaN when no tie is left.</returns>
    public static double Compute(Graph graph, ReadOnlySpan<int> communityOf, double resolution = 1, bool weighted = false)
    {
        int n = graph.NodeCount;
        if (communityOf.Length != n)
        {
            throw new ArgumentException("One community per node is required.", nameof(communityOf));
        }
        int labels = 0;
        foreach (int c in communityOf)
        {
            labels = Math.Max(labels, c + 1);
        }
        var inside = new double[labels];
        var outStrength = new double[labels];
        var inStrength = new double[labels];
        double total = 0;
        for (int u = 0; u < n; u++)
        {
            int cu = communityOf[u];
            if (cu < 0)
            {
                continue;
            }
            var nbrs = graph.Neighbors(u);
            var ws = graph.NeighborWeights(u);
            for (int i = 0; i < nbrs.Length; i++)
            {
                int cv = communityOf[nbrs[i]];
                if (cv < 0)
                {
                    continue;
                }
                double w = weighted ? ws[i] : 1.0;
                total += w;
                outStrength[cu] += w;
                inStrength[cv] += w;
                if (cu == cv)
                {
                    inside[cu] += w;
                }
            }
        }
        if (total == 0)
        {
            return double.NaN;
        }
        // Undirected rows hold each edge twice: total = 2m, inside = 2 L_c, out = in = d_c.
        double q = 0;
        for (int c = 0; c < labels; c++)
        {
            q += inside[c] / total - resolution * outStrength[c] * inStrength[c] / (total * total);
        }
        return q;
    }
}
