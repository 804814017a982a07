using Analytics.Centrality;
using Analytics.Graphs;
using Analytics.Similarity;
using Network.Grains.Common;
using Network.Silo.Projection;

namespace Network.Silo.Queries;

public sealed record AllyCandidate(long CommunityId, double Score, int SharedMembers, IReadOnlyList<string> SharedTopics, bool CrossBorder);

public sealed record AllyRanking(long GraphVersion, IReadOnlyList<AllyCandidate> Candidates);

/// <summary>
/// Communities a movement could ally with, among those not yet part of it. The movement's people are its
/// supporters and the members of its communities; a candidate is scored on five features, each scaled by its
/// largest value among the candidates so that it lies in [0, 1], then mixed with the weights below:
/// <list type="bullet">
/// <item>resource allocation over shared people, Σ 1/deg(p) (Zhou, Lü &amp; Zhang 2009) — 0.30;</item>
/// <item>Adamic–Adar over shared people, Σ 1/log deg(p) (Adamic &amp; Adar 2003) — 0.15;</item>
/// <item>Jaccard of the two sets of people, the size correction that keeps big communities from winning on size alone — 0.20;</item>
/// <item>personalized PageRank from the movement over people, memberships, supports and collaborations (Haveliwala 2002) — 0.15;</item>
/// <item>topic overlap, Jaccard of the topic sets — 0.20.</item>
/// </list>
/// A candidate with every feature at zero is not listed. Only edges the viewer may see are used.
/// </summary>
internal static class AllyQuery
{
    public const int MaxFirst = 100;
    private static readonly double[] Weights = [0.30, 0.15, 0.20, 0.15, 0.20];

    public static async Task<AllyRanking> RunAsync(GraphQueries queries, long movementId, int first, bool crossBorderOnly, long? minVersion, Viewer viewer, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxFirst) throw GraphException.Invalid("first", $"first must be between 1 and {MaxFirst}.");
        var projection = await queries.AtAsync(minVersion, cancellationToken);
        var (version, all) = projection.Read(p => (p.Version, Rank(p, movementId, viewer)));
        var listed = all.Where(c => !crossBorderOnly || c.CrossBorder).Take(first).ToList();
        return new AllyRanking(version, listed);
    }

    private static List<AllyCandidate> Rank(GraphProjection p, long movementId, Viewer viewer)
    {
        if (!p.Nodes.TryIndex(movementId, out var m) || p.Nodes.Kind(m) != NodeKind.Movement)
            throw GraphException.NotFound("Movement", movementId.ToString());

        var n = p.Nodes.Count;
        var partOf = p.Incoming(EdgeKind.PartOf, m, viewer.Sees).ToHashSet();
        var people = new GraphBuilder(n);   // person — actor: who belongs where
        var walk = new GraphBuilder(n);     // the same, plus collaborations, for the random walk
        var movementPeople = new HashSet<int>(p.Incoming(EdgeKind.Supports, m, viewer.Sees));

        var state = (people, walk, viewer, partOf, movementPeople);
        p.Edges(EdgeKind.MemberOf).ForEach(ref state, static (ref (GraphBuilder People, GraphBuilder Walk, Viewer V, HashSet<int> PartOf, HashSet<int> MovementPeople) s,
            int person, int community, int weight, byte visibility) =>
        {
            if (!s.V.Sees(visibility)) return;
            s.People.Add(person, community);
            s.Walk.Add(person, community);
            if (s.PartOf.Contains(community)) s.MovementPeople.Add(person);
        });
        p.Edges(EdgeKind.Supports).ForEach(ref state, static (ref (GraphBuilder People, GraphBuilder Walk, Viewer V, HashSet<int> PartOf, HashSet<int> MovementPeople) s,
            int person, int movement, int weight, byte visibility) =>
        {
            if (s.V.Sees(visibility)) s.Walk.Add(person, movement);
        });
        foreach (var person in movementPeople) people.Add(person, m);
        foreach (var c in p.Collaborations)
            if (p.Nodes.TryIndex(c.FromId, out var a) && p.Nodes.TryIndex(c.ToId, out var b)) walk.Add(a, b);
        foreach (var community in partOf) walk.Add(community, m);

        var peopleGraph = people.BuildUndirected();
        var walkGraph = walk.BuildUndirected();
        var personalization = new double[walkGraph.NodeCount];
        personalization[m] = 1;
        var ppr = walkGraph.EdgeCount == 0 ? new double[walkGraph.NodeCount] : PageRank.Compute(walkGraph, personalization: personalization);
        // Power iteration leaves a residue of the uniform start in components the walk from m never reaches; their true score is 0.
        var reach = Analytics.Paths.BreadthFirstSearch.Run(walkGraph, m);
        for (var v = 0; v < ppr.Length; v++)
            if (reach.Distance[v] < 0) ppr[v] = 0;

        var movementTopics = p.Nodes.Topics(m).ToHashSet(StringComparer.Ordinal);
        var originCountry = p.Nodes.Country(m);
        var candidates = new List<(int Community, double[] Features, int Shared, List<string> Topics)>();
        for (var c = 0; c < n; c++)
        {
            if (p.Nodes.Kind(c) != NodeKind.Community || partOf.Contains(c)) continue;
            var topics = p.Nodes.Topics(c).Where(movementTopics.Contains).ToList();
            var union = movementTopics.Union(p.Nodes.Topics(c)).Count();
            var shared = SharedPeople(peopleGraph, m, c);
            double[] features =
            [
                NeighbourhoodSimilarity.Score(peopleGraph, m, c, NeighbourhoodSimilarity.Measure.ResourceAllocation),
                NeighbourhoodSimilarity.Score(peopleGraph, m, c, NeighbourhoodSimilarity.Measure.AdamicAdar),
                NeighbourhoodSimilarity.Score(peopleGraph, m, c, NeighbourhoodSimilarity.Measure.Jaccard),
                ppr[c],
                union == 0 ? 0 : (double)topics.Count / union,
            ];
            if (features.All(f => f == 0)) continue;
            candidates.Add((c, features, shared, topics));
        }

        var max = new double[Weights.Length];
        foreach (var (_, features, _, _) in candidates)
            for (var f = 0; f < max.Length; f++) max[f] = Math.Max(max[f], features[f]);

        return candidates
            .Select(x => new AllyCandidate(
                p.Nodes.Id(x.Community),
                Enumerable.Range(0, Weights.Length).Sum(f => max[f] == 0 ? 0 : Weights[f] * x.Features[f] / max[f]),
                x.Shared, x.Topics, p.Nodes.Country(x.Community) != originCountry))
            .OrderByDescending(a => a.Score).ThenBy(a => a.CommunityId)
            .ToList();
    }

    private static int SharedPeople(Graph g, int a, int b)
    {
        var shared = 0;
        var nb = g.Neighbors(b);
        foreach (var x in g.Neighbors(a))
            if (nb.BinarySearch(x) >= 0) shared++;
        return shared;
    }
}
