using Analytics.Graphs;

namespace Analytics.Metrics;

/// <summary>For each node with a value, how many of its neighbours have one, how many of those are below and above
/// zero, and the sum of their values.</summary>
/// <remarks>
/// Numeric assortativity and the neighbour-leaning correlation both read every tie's two values; these per-node
/// sums are all either needs from the ties, so a report that gives both gathers the neighbours' values once; the
/// sign counts give exposure diversity over the values' signs from the same gather
/// (<see cref="ExposureDiversity.OfSigns"/>). Rows
/// are summed on fixed blocks in parallel, each node's own sum in row order, so the result does not depend on the
/// core count. Ties are unweighted; nodes without a value (NaN) are left out with their ties.
/// </remarks>
public sealed class NeighbourSums
{
    private readonly double[] _value;
    private readonly int[] _count;
    private readonly int[] _negative;
    private readonly int[] _positive;
    private readonly double[] _sum;

    private NeighbourSums(double[] value, int[] count, int[] negative, int[] positive, double[] sum)
    {
        _value = value;
        _count = count;
        _negative = negative;
        _positive = positive;
        _sum = sum;
    }

    /// <summary>The node values the sums were taken over (NaN = none).</summary>
    public ReadOnlySpan<double> Value => _value;

    /// <summary>Neighbours with a value, per node (0 for a node without one).</summary>
    public ReadOnlySpan<int> Count => _count;

    /// <summary>Of those neighbours, how many have a value below zero, per node.</summary>
    public ReadOnlySpan<int> Negative => _negative;

    /// <summary>Of those neighbours, how many have a value above zero, per node.</summary>
    public ReadOnlySpan<int> Positive => _positive;

    /// <summary>The sum of those neighbours' values, per node.</summary>
    public ReadOnlySpan<double> Sum => _sum;

    /// <summary>Sums over <paramref name="graph"/>'s undirected view.</summary>
    public static NeighbourSums Compute(Graph graph, ReadOnlySpan<double> value)
    {
        var g = TieGraphs.Undirected(graph);
        TieGraphs.CheckLength(g, value.Length, nameof(value));
        var x = value.ToArray();
        var count = new int[x.Length];
        var negative = new int[x.Length];
        var positive = new int[x.Length];
        var sum = new double[x.Length];
        RowBlocks.For(x.Length, u =>
        {
            if (double.IsNaN(x[u]))
            {
                return;
            }
            int c = 0, below = 0, above = 0;
            double s = 0;
            foreach (int v in g.Neighbors(u))
            {
                double y = x[v];
                if (!double.IsNaN(y))
                {
                    c++;
                    below += y < 0 ? 1 : 0;
                    above += y > 0 ? 1 : 0;
                    s += y;
                }
            }
            count[u] = c;
            negative[u] = below;
            positive[u] = above;
            sum[u] = s;
        });
        return new NeighbourSums(x, count, negative, positive, sum);
    }
}
