using Analytics.Graphs;

namespace Analytics.Metrics;

/// <summary>Assortativity coefficients: categorical, numeric and degree (Newman 2003).</summary>
/// <remarks>
/// All three read every undirected tie from both ends, so each tie contributes the pairs (x_u, x_v) and
/// (x_v, x_u), as networkx does (M. E. J. Newman, "Mixing patterns in networks", Phys. Rev. E 67,
/// 026126, 2003). Ties are unweighted. Nodes without the attribute are left out with their ties.
/// </remarks>
public static class Assortativity
{
    /// <summary>
    /// Categorical assortativity r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i), where e_ij is the
    /// fraction of tie ends joining group i to group j and a_i, b_i its row and column sums (Newman 2003,
    /// Eq. 2). Matches networkx.attribute_assortativity_coefficient.
    /// </summary>
    /// <param name="graph">The undirected tie graph.</param>
    /// <param name="group">Group label per node; negative = no attribute.</param>
    /// <returns>r in [−1, 1]; NaN when no tie is left or all ties lie in one group.</returns>
    public static double Categorical(Graph graph, ReadOnlySpan<int> group)
    {
        var g = TieGraphs.Undirected(graph);
        TieGraphs.CheckLength(g, group.Length, nameof(group));
        var (_, bound) = TieGraphs.Groups(group);
        var rowSum = new double[bound];
        var colSum = new double[bound];
        double diagonal = 0, total = 0;
        for (int u = 0; u < g.NodeCount; u++)
        {
            int gu = group[u];
            if (gu < 0)
            {
                continue;
            }
            foreach (int v in g.Neighbors(u))
            {
                int gv = group[v];
                if (gv < 0)
                {
                    continue;
                }
                total++;
                rowSum[gu]++;
                colSum[gv]++;
                if (gu == gv)
                {
                    diagonal++;
                }
            }
        }
        if (total == 0)
        {
            return double.NaN;
        }
        double expected = 0;
        for (int i = 0; i < bound; i++)
        {
            expected += rowSum[i] / total * (colSum[i] / total);
        }
        return (diagonal / total - expected) / (1 - expected);
    }

    /// <summary>The same r read off a mixing matrix (row sums are the a_i and, the matrix being symmetric, the b_i).</summary>
    public static double Categorical(MixingMatrix mixing)
    {
        double total = mixing.TotalArcs;
        if (total == 0)
        {
            return double.NaN;
        }
        double diagonal = 0, expected = 0;
        for (int i = 0; i < mixing.Groups; i++)
        {
            diagonal += mixing.Arcs(i, i);
            double ends = mixing.Ends(i);
            expected += ends / total * (ends / total);
        }
        return (diagonal / total - expected) / (1 - expected);
    }

    /// <summary>
    /// Numeric assortativity: the Pearson correlation of the attribute values at the two ends of each
    /// tie (Newman 2003, Eq. 21). Matches networkx.numeric_assortativity_coefficient.
    /// </summary>
    /// <param name="graph">The undirected tie graph.</param>
    /// <param name="value">Value per node; NaN = no attribute.</param>
    /// <returns>r in [−1, 1]; NaN when no tie is left or the values do not vary.</returns>
    public static double Numeric(Graph graph, ReadOnlySpan<double> value)
    {
        var g = TieGraphs.Undirected(graph);
        TieGraphs.CheckLength(g, value.Length, nameof(value));
        return PearsonOverArcs(g, value, value);
    }

    /// <summary>
    /// The same r from per-node neighbour sums, without a second pass over the ties. On an undirected graph every
    /// tie is read from both ends, so both ends' values have one mean m and one spread: r = Σ_u (x_u − m)(S_u − c_u m)
    /// / Σ_u c_u (x_u − m)², with c_u the neighbours with a value and S_u the sum of their values.
    /// </summary>
    public static double Numeric(NeighbourSums sums)
    {
        var x = sums.Value;
        var c = sums.Count;
        var s = sums.Sum;
        double count = 0, total = 0;
        for (int u = 0; u < x.Length; u++)
        {
            if (c[u] > 0)
            {
                count += c[u];
                total += c[u] * x[u];
            }
        }
        if (count == 0)
        {
            return double.NaN;
        }
        double mean = total / count, sxy = 0, sxx = 0;
        for (int u = 0; u < x.Length; u++)
        {
            if (c[u] > 0)
            {
                double dx = x[u] - mean;
                sxy += dx * (s[u] - c[u] * mean);
                sxx += c[u] * dx * dx;
            }
        }
        return sxy / sxx;
    }

    /// <summary>
    /// Degree assortativity: the Pearson correlation of degrees at the ends of each tie; on a directed
    /// graph, of the source's out-degree and the target's in-degree over arcs (networkx's defaults
    /// x="out", y="in"). Matches networkx.degree_assortativity_coefficient (unweighted).
    /// </summary>
    public static double Degree(Graph graph)
    {
        int n = graph.NodeCount;
        var x = new double[n];
        var y = new double[n];
        for (int u = 0; u < n; u++)
        {
            x[u] = graph.OutDegree(u);
            y[u] = graph.InDegree(u);
        }
        return PearsonOverArcs(graph, x, y);
    }

    // Pearson correlation of (x[u], y[v]) over arcs u→v whose ends both have values (two passes).
    private static double PearsonOverArcs(Graph g, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double count = 0, sumX = 0, sumY = 0;
        for (int u = 0; u < g.NodeCount; u++)
        {
            if (double.IsNaN(x[u]))
            {
                continue;
            }
            foreach (int v in g.Neighbors(u))
            {
                if (double.IsNaN(y[v]))
                {
                    continue;
                }
                count++;
                sumX += x[u];
                sumY += y[v];
            }
        }
        if (count == 0)
        {
            return double.NaN;
        }
        double meanX = sumX / count, meanY = sumY / count;
        double sxy = 0, sxx = 0, syy = 0;
        for (int u = 0; u < g.NodeCount; u++)
        {
            if (double.IsNaN(x[u]))
            {
                continue;
            }
            double dx = x[u] - meanX;
            foreach (int v in g.Neighbors(u))
            {
                if (double.IsNaN(y[v]))
                {
                    continue;
                }
                double dy = y[v] - meanY;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }
        return sxy / Math.Sqrt(sxx * syy);
    }
}
