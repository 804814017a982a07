using Analytics.Graphs;
using Analytics.Sampling;

namespace Analytics.Metrics;

/// <summary>How surprising is an E-I index, given the degrees? A configuration null model by rewiring.</summary>
/// <remarks>
/// The observed E-I index (<see cref="EIIndex"/>) is compared with its distribution over S graphs drawn by
/// degree-preserving double edge swaps (<see cref="DoubleEdgeSwap"/>) of the grouped tie graph, with
/// group labels held fixed: z = (EI_observed − mean) / sd, where sd is the sample standard deviation
/// (divisor S − 1). A strongly negative z means ties stay inside groups more than degrees alone explain
/// (Maslov and Sneppen 2002; for this use of rewired null models in homophily measurement see
/// M. Bojanowski and R. Corten, Social Networks 39, 14–32, 2014). Nodes without a group are removed with
/// their ties before rewiring. Sample i draws from its own generator seeded by (seed, i), so samples run in
/// parallel and the result depends only on the seed.
/// </remarks>
public static class EIIndexNullModel
{
    /// <summary>Observed E-I index and its null distribution's summary.</summary>
    /// <param name="Observed">E-I index of the graph.</param>
    /// <param name="Mean">Mean E-I index over the rewired samples.</param>
    /// <param name="StandardDeviation">Sample standard deviation over the rewired samples.</param>
    /// <param name="ZScore">(Observed − Mean) / StandardDeviation; NaN when the deviation is 0.</param>
    /// <param name="Samples">Number of rewired samples S.</param>
    public sealed record Result(double Observed, double Mean, double StandardDeviation, double ZScore, int Samples);

    /// <summary>Runs the null model.</summary>
    /// <param name="graph">The undirected tie graph.</param>
    /// <param name="group">Group label per node; negative = no attribute.</param>
    /// <param name="samples">S, the number of rewired graphs (at least 2).</param>
    /// <param name="seed">Seed: the same seed gives the same result.</param>
    /// <param name="swapsPerEdge">Successful swaps per edge for each sample (10 is a common choice).</param>
    public static Result Compute(Graph graph, ReadOnlySpan<int> group, int samples, long seed, int swapsPerEdge = 10)
    {
        if (samples < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(samples), samples, "At least two samples are needed.");
        }
        var full = TieGraphs.Undirected(graph);
        TieGraphs.CheckLength(full, group.Length, nameof(group));
        var keep = new bool[full.NodeCount];
        for (int u = 0; u < keep.Length; u++)
        {
            keep[u] = group[u] >= 0;
        }
        var grouped = GraphViews.Induced(full, keep, out int[] oldIds);
        var labels = new int[oldIds.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = group[oldIds[i]];
        }
        double observed = EIIndex.Compute(grouped, labels);
        int swaps = (int)Math.Min(int.MaxValue, (long)swapsPerEdge * grouped.EdgeCount);

        var values = new double[samples];
        Parallel.For(0, samples, i =>
        {
            var random = new SeededRandom(MixSeed(seed, i));
            var rewired = DoubleEdgeSwap.Rewire(grouped, swaps, random);
            values[i] = EIIndex.Compute(rewired, labels);
        });

        double mean = 0;
        foreach (double v in values)
        {
            mean += v;
        }
        mean /= samples;
        double squares = 0;
        foreach (double v in values)
        {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.Sqrt(squares / (samples - 1));
        double z = sd > 0 ? (observed - mean) / sd : double.NaN;
        return new Result(observed, mean, sd, z, samples);
    }

    private static long MixSeed(long seed, int sample) =>
        unchecked(seed * (long)0x9E3779B97F4A7C15UL + sample * 0x632BE59BD9B4E019L);
}
