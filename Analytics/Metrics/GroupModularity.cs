using Analytics.Community;
using Analytics.Graphs;

namespace Analytics.Metrics;

/// <summary>Modularity of the partition an attribute induces (DESIGN.md: "Modularity").</summary>
/// <remarks>
/// Definition: Q = Σ_g [ L_g / m − γ (d_g / 2m)² ] over the groups g of the attribute, on the unweighted
/// tie graph restricted to grouped users: m ties, L_g of them inside g, d_g the total degree of g's
/// members (M. E. J. Newman, "Analysis of weighted networks", Phys. Rev. E 70, 056131, 2004; M. E. J.
/// Newman and M. Girvan, Phys. Rev. E 69, 026113, 2004). Q &gt; 0 means more ties inside groups than
/// expected from degrees alone. Delegates to <see cref="Modularity"/>; matches
/// networkx.community.modularity on the grouped subgraph.
/// </remarks>
public static class GroupModularity
{
    /// <summary>Q of the attribute's groups, or NaN when no tie joins two grouped users.</summary>
    /// <param name="graph">The undirected tie graph.</param>
    /// <param name="group">Group label per node; negative = no attribute (left out with its ties).</param>
    /// <param name="resolution">γ; DESIGN.md reports resolution 1.</param>
    public static double Compute(Graph graph, ReadOnlySpan<int> group, double resolution = 1)
    {
        var g = TieGraphs.Undirected(graph);
        TieGraphs.CheckLength(g, group.Length, nameof(group));
        return Modularity.Compute(g, group, resolution, weighted: false);
    }

    /// <summary>Q read off the attribute's mixing matrix: L_g from the diagonal, d_g from the row sums.</summary>
    public static double Compute(MixingMatrix mixing, double resolution = 1)
    {
        // The sums run as in Modularity.Compute (undirected rows hold each tie twice: total = 2m, diagonal = 2 L_g,
        // row sum = column sum = d_g), so both give the same bits.
        double total = mixing.TotalArcs;
        if (total == 0)
        {
            return double.NaN;
        }
        double q = 0;
        for (int c = 0; c < mixing.Groups; c++)
        {
            double ends = mixing.Ends(c);
            q += mixing.Arcs(c, c) / total - resolution * ends * ends / (total * total);
        }
        return q;
    }
}
