using Analytics.Graphs;

namespace Analytics.Metrics;

/// <summary>Krackhardt and Stern's E-I index of a grouped tie graph.</summary>
/// <remarks>
/// Definition: EI = (E − I) / (E + I), where E counts ties between members of different groups and I
/// ties within a group; −1 means all ties are internal, +1 all external (D. Krackhardt and R. N. Stern,
/// "Informal networks and organizational crises: an experimental simulation", Social Psychology
/// Quarterly 51(2), 123–140, 1988). Following DESIGN.md, ties are unweighted and only ties between two
/// grouped nodes count; nodes without a group are left out with their ties.
/// </remarks>
public static class EIIndex
{
    /// <summary>The E-I index, or NaN when no tie joins two grouped nodes.</summary>
    /// <param name="graph">The undirected tie graph (a directed graph is read through its undirected view).</param>
    /// <param name="group">Group label per node; negative = no attribute.</param>
    public static double Compute(Graph graph, ReadOnlySpan<int> group) => Index(Count(graph, group));

    /// <summary>The E-I index read off a mixing matrix (the same figure as from the graph it was counted on).</summary>
    public static double Compute(MixingMatrix mixing) => Index(Count(mixing));

    /// <summary>External and internal tie counts read off a mixing matrix.</summary>
    public static (long External, long Internal) Count(MixingMatrix mixing)
    {
        long diagonal = 0;
        for (int a = 0; a < mixing.Groups; a++)
        {
            diagonal += mixing.Arcs(a, a);
        }
        return ((mixing.TotalArcs - diagonal) / 2, diagonal / 2);
    }

    private static double Index((long External, long Internal) ties)
    {
        long total = ties.External + ties.Internal;
        return total == 0 ? double.NaN : (ties.External - ties.Internal) / (double)total;
    }

    /// <summary>External and internal tie counts between grouped nodes.</summary>
    public static (long External, long Internal) Count(Graph graph, ReadOnlySpan<int> group)
    {
        var g = TieGraphs.Undirected(graph);
        TieGraphs.CheckLength(g, group.Length, nameof(group));
        long external = 0, internalTies = 0;
        for (int u = 0; u < g.NodeCount; u++)
        {
            if (group[u] < 0)
            {
                continue;
            }
            foreach (int v in g.Neighbors(u))
            {
                // Each undirected tie sits in two rows; count it from its smaller end.
                if (v <= u || group[v] < 0)
                {
                    continue;
                }
                if (group[u] == group[v])
                {
                    internalTies++;
                }
                else
                {
                    external++;
                }
            }
        }
        return (external, internalTies);
    }
}
