using Analytics.Graphs;
using Analytics.Metrics;
using Network.Grains.Common;

namespace Network.Silo.Queries;

/// <summary>
/// The echo-chamber report of a scope for one attribute (DESIGN.md, "Graph semantics for metrics"). Users without
/// the attribute are left out with their ties, so every figure is computed on the tie graph induced by the grouped
/// users. Groups smaller than the viewer's threshold are left out of the per-group list; a scope smaller than it
/// is refused. A figure that is undefined on the graph (no ties) is refused, never invented.
/// </summary>
internal static class EchoChamberQuery
{
    public const int MaxNullModelSamples = 1000;

    // Each null-model sample rewires the grouped graph with 10 successful swaps per tie, at ~0.6 µs a swap on 10M ties
    // (~0.3 µs on 1M), samples running in parallel. The budget caps a request at ~15 s of two cores on a large scope,
    // instead of the hours that 1,000 samples over a large graph would take (nothing can stop a computation once
    // started); the refusal says how many samples the scope allows.
    public const long MaxNullModelSwaps = 50_000_000;
    private const int SwapsPerTie = 10;

    // The report's controversy is solved to a relative residual of 1e-8 rather than the library's 1e-10: on the
    // generated 10M-tie graph that is 28 conjugate-gradient iterations against 36, and the score moves by 2e-12,
    // far below any difference a reader of the report could act on; the solve is most of the report's time. Looser
    // residuals were not taken: a residual bounds the score's error only through the system's conditioning, which is
    // far worse on scopes whose users sit long chains away from the hubs than on this graph.
    private const double ControversyTolerance = 1e-8;
    private const string Negative = "NEGATIVE", Zero = "ZERO", Positive = "POSITIVE";

    public static async Task<EchoChamberReport> RunAsync(GraphQueries queries, Scope scope, UserAttribute attribute, int samples,
        long? minVersion, Viewer viewer, CancellationToken cancellationToken)
    {
        if (samples is < 0 or 1 or > MaxNullModelSamples)
            throw GraphException.Invalid("nullModelSamples",
                $"nullModelSamples must be 0 (no null model) or between 2 and {MaxNullModelSamples}: a standard deviation needs two samples.");
        var projection = await queries.AtAsync(minVersion, cancellationToken);
        return await queries.CachedAsync(projection, $"echo|{scope}|{attribute}|{samples}|{viewer}",
            () => Compute(projection.Read(p => UserTieGraph.Build(p, scope, viewer)), attribute, samples, viewer));
    }

    private static EchoChamberReport Compute(UserTieGraph tie, UserAttribute attribute, int samples, Viewer viewer)
    {
        var (group, names) = Labels(tie, attribute);
        // Every metric below leaves out users without the attribute together with their ties, so they read the
        // scope's tie graph as it is; cutting out the induced subgraph first only copied it (a second or more on
        // 10M ties). Users and ties are counted over the grouped users. The figures that only count ties between
        // groups (E-I, modularity, Coleman, categorical assortativity, the per-group counts) read one mixing matrix.
        var g = tie.Ties;
        var leaning = tie.Leanings;
        var mixing = MixingMatrix.Compute(g, group);
        var (userCount, tieCount) = ((int)mixing.Users, (int)mixing.Ties);

        if (userCount < viewer.MinGroupSize)
            throw new GraphException(QueryErrorCodes.Suppressed,
                $"The scope has {(userCount == 0 ? "no" : "fewer than " + viewer.MinGroupSize)} users with a {attribute.ToString().ToLowerInvariant()}; figures over so few people are suppressed.");
        if (tieCount == 0)
            throw new GraphException(QueryErrorCodes.InsufficientData, "No ties join the scope's users that have the attribute, so the metrics are undefined.");
        if (samples > 0 && (long)samples * tieCount * SwapsPerTie > MaxNullModelSwaps)
        {
            var allowed = MaxNullModelSwaps / ((long)tieCount * SwapsPerTie);
            throw GraphException.Invalid("nullModelSamples", allowed >= 2
                ? $"nullModelSamples must be at most {allowed} on this scope: each sample rewires its {tieCount:N0} ties {SwapsPerTie} times over, and a request may make {MaxNullModelSwaps:N0} swaps."
                : $"This scope has too many ties ({tieCount:N0}) for a null model within a request's {MaxNullModelSwaps:N0} swaps; narrow the scope (communityId, movementId or topic) or ask for nullModelSamples: 0.");
        }

        // The remaining figures are independent passes over the same read-only graph: computed side by side (the
        // controversy solve is itself parallel), each in a fixed order, so the report is the same on any core count.
        // Numeric assortativity and the neighbour-leaning correlation both read off one gather of the neighbours'
        // leanings, and so does exposure diversity when the groups are the leanings' signs.
        double assortativity = attribute == UserAttribute.Country ? Assortativity.Categorical(mixing) : 0, exposure = 0;
        double? leaningCorrelation = null, controversy = null;
        Parallel.Invoke(
            () => controversy = attribute == UserAttribute.Leaning ? ControversyOrNull(g, leaning) : null,
            () =>
            {
                if (attribute == UserAttribute.Country) exposure = ExposureDiversity.Compute(g, group).Mean;
            },
            () =>
            {
                var sums = NeighbourSums.Compute(g, leaning);
                leaningCorrelation = NeighbourLeaningOrNull(sums);
                if (attribute != UserAttribute.Leaning) return;
                assortativity = Assortativity.Numeric(sums);
                exposure = ExposureDiversity.OfSigns(sums).Mean;
            });
        var report = new EchoChamberReport(
            tie.Version, attribute, userCount, tieCount,
            Defined(EIIndex.Compute(mixing), "E-I index"),
            Defined(assortativity, "assortativity (every user is in one group, or all values are equal)"),
            Defined(GroupModularity.Compute(mixing), "modularity"),
            Groups(mixing, names, viewer),
            Defined(exposure, "exposure diversity"),
            leaningCorrelation,
            controversy,
            samples > 0 ? NullModel(g, group, samples, tie.Version) : null);
        return report;
    }

    /// <summary>COUNTRY: one label per country code (in code order); LEANING: the sign of the leaning. -1: no attribute.</summary>
    private static (int[] Labels, string[] Names) Labels(UserTieGraph tie, UserAttribute attribute)
    {
        var labels = new int[tie.UserCount];
        if (attribute == UserAttribute.Leaning)
        {
            for (var u = 0; u < labels.Length; u++)
            {
                var l = tie.Leanings[u];
                labels[u] = double.IsNaN(l) ? -1 : l < 0 ? 0 : l == 0 ? 1 : 2;
            }
            return (labels, [Negative, Zero, Positive]);
        }
        var names = tie.Countries.Where(c => c is not null).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = names.Select((c, i) => (c, i)).ToDictionary(x => x.c!, x => x.i);
        for (var u = 0; u < labels.Length; u++) labels[u] = tie.Countries[u] is { } c ? index[c] : -1;
        return (labels, names.Select(n => n!).ToArray());
    }

    private static List<GroupHomophily> Groups(MixingMatrix mixing, string[] names, Viewer viewer)
    {
        var coleman = ColemanHomophily.PerGroup(mixing);
        var result = new List<GroupHomophily>();
        for (var l = 0; l < Math.Min(names.Length, mixing.Groups); l++)
        {
            var size = mixing.Size(l);
            if (size < viewer.MinGroupSize || double.IsNaN(coleman[l])) continue; // suppressed: too few people to report
            result.Add(new GroupHomophily(names[l], (int)size, (int)mixing.InternalTies(l), (int)mixing.ExternalTies(l), coleman[l]));
        }
        return result;
    }

    private static double? NeighbourLeaningOrNull(NeighbourSums sums)
    {
        var (correlation, users) = NeighbourLeaning.Correlation(sums);
        return users > 1 && double.IsFinite(correlation) ? correlation : null;
    }

    /// <summary>Random walk controversy between the negative and positive sides; null unless both sides have users with ties.</summary>
    private static double? ControversyOrNull(Graph g, double[] leaning)
    {
        var side = new int[leaning.Length];
        var (negative, positive) = (0, 0);
        for (var u = 0; u < side.Length; u++)
        {
            side[u] = leaning[u] < 0 ? 0 : leaning[u] > 0 ? 1 : -1;
            negative += side[u] == 0 ? 1 : 0;
            positive += side[u] == 1 ? 1 : 0;
        }
        var smaller = Math.Min(negative, positive);
        if (smaller < 2) return null;
        // Garimella et al. use the 10 highest-degree users of each side as its hubs; small sides get one hub per ten users (at least one),
        // so that walks still have somewhere to start.
        var hubs = Math.Clamp(smaller / 10, 1, 10);
        try
        {
            var score = RandomWalkControversy.Compute(g, side, hubs, ControversyTolerance).Score;
            return double.IsFinite(score) ? score : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static NullModelResult? NullModel(Graph g, int[] group, int samples, long seed)
    {
        var r = EIIndexNullModel.Compute(g, group, samples, seed, SwapsPerTie);
        // z is undefined when rewiring never changes E-I (standard deviation 0); no baseline is better than a fake one.
        return double.IsFinite(r.ZScore) ? new NullModelResult(r.Samples, r.Mean, r.StandardDeviation, r.ZScore) : null;
    }

    private static double Defined(double value, string what) =>
        double.IsFinite(value) ? value : throw new GraphException(QueryErrorCodes.InsufficientData, $"The {what} is undefined on this scope's graph.");
}
