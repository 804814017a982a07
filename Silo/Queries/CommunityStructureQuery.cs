using Analytics.Community;
using Network.Grains.Common;

namespace Network.Silo.Queries;

/// <summary>
/// Communities of the user tie graph found by Leiden (Traag, Waltman &amp; van Eck 2019) with a fixed seed, so the
/// same graph version always gives the same partition. Detected communities smaller than the privacy threshold
/// count in the modularity but are not listed.
/// </summary>
internal static class CommunityStructureQuery
{
    public const long Seed = 20_191_126;

    public static async Task<CommunityStructure> RunAsync(GraphQueries queries, double resolution, long? minVersion, Viewer viewer, CancellationToken cancellationToken)
    {
        if (!double.IsFinite(resolution) || resolution <= 0 || resolution > 100)
            throw GraphException.Invalid("resolution", "resolution must be a number above 0 and at most 100.");
        var projection = await queries.AtAsync(minVersion, cancellationToken);
        return await queries.CachedAsync(projection, $"communities|{resolution:R}|{viewer}", () =>
        {
            var tie = projection.Read(p => UserTieGraph.Build(p, Scope.All, viewer));
            var labels = Leiden.Detect(tie.Ties, Seed, resolution);
            var modularity = tie.Ties.EdgeCount == 0 ? 0 : Modularity.Compute(tie.Ties, labels, resolution);
            var communities = Enumerable.Range(0, labels.Length)
                .GroupBy(u => labels[u])
                .Where(g => g.Count() >= viewer.MinGroupSize)
                .Select(g => new DetectedCommunity(g.Key, g.Select(u => tie.NodeIds[u]).Order().ToList()))
                .OrderByDescending(c => c.Members.Count).ThenBy(c => c.Label)
                .ToList();
            return new CommunityStructure(tie.Version, modularity, communities);
        });
    }
}
