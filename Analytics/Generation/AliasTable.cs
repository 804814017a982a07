using Analytics.Sampling;

namespace Analytics.Generation;

/// <summary>
/// Draws an index with probability proportional to its weight in O(1) after O(n) set-up: Walker's alias method
/// (A. J. Walker, "An efficient method for generating discrete random variables with general distributions",
/// ACM TOMS 3(3), 1977), built with Vose's stable two-worklist construction (M. D. Vose, IEEE TSE 17(9), 1991).
/// </summary>
public sealed class AliasTable
{
    private readonly double[] probability;
    private readonly int[] alias;
    private readonly int[] items;

    /// <param name="items">The values to draw (for example node ids).</param>
    /// <param name="weights">Their non-negative weights, at least one positive.</param>
    public AliasTable(int[] items, ReadOnlySpan<double> weights)
    {
        if (items.Length == 0 || items.Length != weights.Length) throw new ArgumentException("Need one weight per item, and at least one item.");
        var n = items.Length;
        this.items = items;
        probability = new double[n];
        alias = new int[n];
        double total = 0;
        foreach (var w in weights)
        {
            if (w < 0 || !double.IsFinite(w)) throw new ArgumentException("Weights must be finite and non-negative.");
            total += w;
        }
        if (total <= 0) throw new ArgumentException("At least one weight must be positive.");

        var scaled = new double[n];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = 0; i < n; i++)
        {
            scaled[i] = weights[i] * n / total;
            (scaled[i] < 1 ? small : large).Push(i);
        }
        while (small.Count > 0 && large.Count > 0)
        {
            var s = small.Pop();
            var l = large.Pop();
            probability[s] = scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            (scaled[l] < 1 ? small : large).Push(l);
        }
        // What remains is 1 up to rounding.
        while (large.Count > 0) probability[large.Pop()] = 1;
        while (small.Count > 0) probability[small.Pop()] = 1;
    }

    public int Count => items.Length;

    public int Next(SeededRandom random)
    {
        var column = random.NextInt(items.Length);
        return items[random.NextDouble() < probability[column] ? column : alias[column]];
    }
}
