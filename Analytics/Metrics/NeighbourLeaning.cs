using Analytics.Graphs;

namespace Analytics.Metrics;

/// <summary>Neighbour-leaning correlation: do users sit among neighbours who lean like them?</summary>
/// <remarks>
/// Definition: over users u that have a leaning x_u and at least one neighbour with a leaning, the
/// Pearson correlation between x_u and the mean leaning of those neighbours, x̄_N(u). This is the
/// homophily measure of M. Cinelli, G. De Francisci Morales, A. Galeazzi, W. Quattrociocchi and
/// M. Starnini, "The echo chamber effect on social media", PNAS 118(9), e2023301118, 2021 (there shown
/// as the joint distribution of x and x_N); DESIGN.md reports its Pearson coefficient. Ties are
/// unweighted; users without a leaning are left out with their ties.
/// </remarks>
public static class NeighbourLeaning
{
    /// <summary>Computes the correlation.</summary>
    /// <param name="graph">The undirected tie graph.</param>
    /// <param name="leaning">Leaning per node in [−1, 1]; NaN = no leaning.</param>
    /// <returns>Pearson r (NaN with fewer than two users or no variation) and the number of users counted.</returns>
    public static (double Correlation, int Users) Correlation(Graph graph, ReadOnlySpan<double> leaning)
    {
        var g = TieGraphs.Undirected(graph);
        TieGraphs.CheckLength(g, leaning.Length, nameof(leaning));
        var own = new List<double>();
        var around = new List<double>();
        for (int u = 0; u < g.NodeCount; u++)
        {
            if (double.IsNaN(leaning[u]))
            {
                continue;
            }
            double sum = 0;
            int count = 0;
            foreach (int v in g.Neighbors(u))
            {
                if (!double.IsNaN(leaning[v]))
                {
                    sum += leaning[v];
                    count++;
                }
            }
            if (count > 0)
            {
                own.Add(leaning[u]);
                around.Add(sum / count);
            }
        }
        return (Pearson(own, around), own.Count);
    }

    /// <summary>The same correlation from per-node neighbour sums (no pass over the ties).</summary>
    public static (double Correlation, int Users) Correlation(NeighbourSums sums)
    {
        var x = sums.Value;
        var c = sums.Count;
        var s = sums.Sum;
        var own = new List<double>();
        var around = new List<double>();
        for (int u = 0; u < x.Length; u++)
        {
            if (c[u] > 0)
            {
                own.Add(x[u]);
                around.Add(s[u] / c[u]);
            }
        }
        return (Pearson(own, around), own.Count);
    }

    internal static double Pearson(List<double> x, List<double> y)
    {
        int n = x.Count;
        if (n < 2)
        {
            return double.NaN;
        }
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++)
        {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = x[i] - mx, dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxy / Math.Sqrt(sxx * syy);
    }
}
