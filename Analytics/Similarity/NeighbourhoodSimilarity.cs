using Analytics.Graphs;

namespace Analytics.Similarity;

/// <summary>
/// Common-neighbour similarity scores: Jaccard, Adamic–Adar and resource allocation.
/// </summary>
/// <remarks>
/// <para>For nodes u and v with neighbour sets Γ(u) and Γ(v):</para>
/// <list type="bullet">
/// <item>Jaccard: |Γ(u) ∩ Γ(v)| / |Γ(u) ∪ Γ(v)| (P. Jaccard, "Étude comparative de la distribution florale
/// dans une portion des Alpes et du Jura", Bull. Soc. Vaudoise Sci. Nat. 37, 1901);</item>
/// <item>Adamic–Adar: Σ_{w ∈ Γ(u) ∩ Γ(v)} 1 / log deg(w) (L. A. Adamic and E. Adar, "Friends and neighbors on
/// the Web", Social Networks 25(3), 2003);</item>
/// <item>resource allocation: Σ_{w ∈ Γ(u) ∩ Γ(v)} 1 / deg(w) (T. Zhou, L. Lü and Y.-C. Zhang, "Predicting
/// missing links via local information", Eur. Phys. J. B 71, 2009).</item>
/// </list>
/// <para>On a bipartite member graph (communities on one side, their members on the other) the common
/// neighbours of two communities are their shared members, so these scores rate how allied two
/// communities are, with members who join few communities weighing more (Adamic–Adar, resource
/// allocation). Matches networkx.jaccard_coefficient, adamic_adar_index and resource_allocation_index on
/// undirected graphs; a directed graph is read through its undirected view.</para>
/// </remarks>
public static class NeighbourhoodSimilarity
{
    /// <summary>The similarity measures.</summary>
    public enum Measure
    {
        /// <summary>Shared neighbours over all neighbours.</summary>
        Jaccard,
        /// <summary>Shared neighbours weighted by 1 / log degree.</summary>
        AdamicAdar,
        /// <summary>Shared neighbours weighted by 1 / degree.</summary>
        ResourceAllocation,
    }

    /// <summary>A scored candidate.</summary>
    public readonly record struct Scored(int Node, double Score);

    /// <summary>The score of the pair (u, v); Jaccard of two isolated nodes is 0.</summary>
    public static double Score(Graph graph, int u, int v, Measure measure)
    {
        var g = graph.IsDirected ? GraphViews.ToUndirected(graph) : graph;
        var a = g.Neighbors(u);
        var b = g.Neighbors(v);
        // Rows are sorted: merge them.
        int i = 0, j = 0, common = 0;
        double sum = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                common++;
                sum += Weight(g.Degree(a[i]), measure);
                i++;
                j++;
            }
        }
        if (measure != Measure.Jaccard)
        {
            return sum;
        }
        int union = a.Length + b.Length - common;
        return union == 0 ? 0 : common / (double)union;
    }

    /// <summary>
    /// All nodes sharing at least one neighbour with <paramref name="u"/> (u itself and, optionally, its
    /// neighbours excluded), best first, ties by node id; the top <paramref name="limit"/> are returned.
    /// Runs in time proportional to the number of two-step walks from u.
    /// </summary>
    /// <param name="graph">Typically the bipartite member graph.</param>
    /// <param name="u">The node to find partners for.</param>
    /// <param name="measure">Which score.</param>
    /// <param name="limit">How many to return.</param>
    /// <param name="excludeNeighbours">Leave out nodes already tied to u (link prediction).</param>
    public static IReadOnlyList<Scored> Ranked(Graph graph, int u, Measure measure, int limit = int.MaxValue, bool excludeNeighbours = true)
    {
        var g = graph.IsDirected ? GraphViews.ToUndirected(graph) : graph;
        var sum = new Dictionary<int, (double Sum, int Common)>();
        foreach (int w in g.Neighbors(u))
        {
            double weight = Weight(g.Degree(w), measure);
            foreach (int v in g.Neighbors(w))
            {
                if (v == u)
                {
                    continue;
                }
                var (s, c) = sum.GetValueOrDefault(v);
                sum[v] = (s + weight, c + 1);
            }
        }
        var result = new List<Scored>(sum.Count);
        int du = g.Degree(u);
        foreach (var (v, (s, c)) in sum)
        {
            if (excludeNeighbours && g.HasArc(u, v))
            {
                continue;
            }
            double score = measure == Measure.Jaccard ? c / (double)(du + g.Degree(v) - c) : s;
            result.Add(new Scored(v, score));
        }
        result.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Node.CompareTo(y.Node));
        if (result.Count > limit)
        {
            result.RemoveRange(limit, result.Count - limit);
        }
        return result;
    }

    private static double Weight(int degree, Measure measure) => measure switch
    {
        Measure.AdamicAdar => 1.0 / Math.Log(degree),
        Measure.ResourceAllocation => 1.0 / degree,
        _ => 1.0,
    };
}
