using Analytics.Centrality;
using Network.Grains.Common;

namespace Network.Silo.Queries;

/// <summary>
/// Ranks users by centrality on the directed graph of distinct ties u → v (u follows or interacted with v),
/// unweighted (DESIGN.md). Degree is NetworkX's degree centrality (in + out, over n − 1); PageRank uses alpha 0.85;
/// betweenness is exact (Brandes 2001) up to <see cref="ExactBetweennessLimit"/> users and sampled with
/// <see cref="BetweennessPivots"/> pivots (seeded with the graph version) above it. Equal scores rank by node id.
/// </summary>
internal static class CentralityQuery
{
    public const int MaxFirst = 100;
    public const int ExactBetweennessLimit = 5000;
    public const int BetweennessPivots = 256;

    public static async Task<Ranking> RunAsync(GraphQueries queries, CentralityMeasure measure, NodeKind kind, int first, long? minVersion, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxFirst) throw GraphException.Invalid("first", $"first must be between 1 and {MaxFirst}.");
        if (kind != NodeKind.User)
            throw new GraphException(QueryErrorCodes.NotImplemented, $"Centrality over {kind.ToString().ToUpperInvariant()} is not available yet; USER is.");
        var projection = await queries.AtAsync(minVersion, cancellationToken);
        var tie = projection.Read(p => UserTieGraph.Build(p, Scope.All, Viewer.Anonymous));
        var scores = await queries.CachedAsync($"centrality|{measure}", tie.Version, () => Scores(tie, measure));

        var order = Enumerable.Range(0, scores.Length)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => tie.NodeIds[i])
            .Take(first);
        var ranked = order.Select((i, r) => new RankedNode(tie.NodeIds[i], scores[i], r + 1)).ToList();
        return new Ranking(tie.Version, ranked);
    }

    private static double[] Scores(UserTieGraph tie, CentralityMeasure measure) => measure switch
    {
        CentralityMeasure.Degree => DegreeCentrality.Compute(tie.Arcs),
        CentralityMeasure.PageRank => PageRank.Compute(tie.Arcs),
        CentralityMeasure.Betweenness => tie.UserCount <= ExactBetweennessLimit
            ? Betweenness.Exact(tie.Arcs)
            : Betweenness.Sampled(tie.Arcs, BetweennessPivots, seed: tie.Version),
        _ => throw GraphException.Invalid("measure", $"Unknown measure {measure}."),
    };
}
