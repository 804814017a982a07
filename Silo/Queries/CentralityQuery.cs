using Analytics.Centrality;
using Analytics.Graphs;
using Network.Grains.Common;
using Network.Silo.Projection;

namespace Network.Silo.Queries;

/// <summary>
/// Ranks users by centrality on the directed graph of distinct ties u → v (u follows or interacted with v),
/// unweighted (DESIGN.md). Degree is NetworkX's degree centrality (in + out, over n − 1); PageRank uses alpha 0.85;
/// betweenness is exact (Brandes 2001) up to <see cref="ExactBetweennessLimit"/> users and sampled with
/// <see cref="BetweennessPivots"/> pivots (seeded with the graph version) above it. Equal scores rank by node id.
/// Communities and movements are ranked on the actor graph: one arc from → to for each pair that collaborated (the
/// recording actor to the other), and community → movement for each community that joined a movement; the ranking
/// lists the requested kind, scored on the whole actor graph (all of it public).
/// </summary>
internal static class CentralityQuery
{
    public const int MaxFirst = 100;
    public const int ExactBetweennessLimit = 5000;
    public const int BetweennessPivots = 256;

    public static async Task<Ranking> RunAsync(GraphQueries queries, CentralityMeasure measure, NodeKind kind, int first, long? minVersion, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxFirst) throw GraphException.Invalid("first", $"first must be between 1 and {MaxFirst}.");
        var projection = await queries.AtAsync(minVersion, cancellationToken);
        if (kind == NodeKind.User)
        {
            var users = await queries.CachedAsync(projection, $"centrality|{measure}", () =>
            {
                var tie = projection.Read(p => UserTieGraph.Build(p, Scope.All, Viewer.Anonymous));
                return new Scored(tie.Version, Scores(tie.Arcs, measure, tie.Version), tie.NodeIds, null);
            });
            return Rank(users.Version, users.Scores, users.NodeIds, _ => NodeKind.User, kind, first);
        }

        var actors = await queries.CachedAsync(projection, $"centrality|actors|{measure}", () =>
        {
            var graph = projection.Read(ActorGraph.Build);
            return new Scored(graph.Version, Scores(graph.Arcs, measure, graph.Version), graph.NodeIds, graph.Kinds);
        });
        return Rank(actors.Version, actors.Scores, actors.NodeIds, i => actors.Kinds![i], kind, first);
    }

    /// <summary>Scores of one graph's nodes, cached with what ranking them needs (kinds: null when all are users).</summary>
    private sealed record Scored(long Version, double[] Scores, long[] NodeIds, NodeKind[]? Kinds);

    private static Ranking Rank(long version, double[] scores, long[] nodeIds, Func<int, NodeKind> kindOf, NodeKind kind, int first)
    {
        var order = Enumerable.Range(0, scores.Length)
            .Where(i => kindOf(i) == kind)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => nodeIds[i])
            .Take(first);
        return new Ranking(version, order.Select((i, r) => new RankedNode(nodeIds[i], scores[i], r + 1, kind)).ToList());
    }

    private static double[] Scores(Graph arcs, CentralityMeasure measure, long version) => measure switch
    {
        CentralityMeasure.Degree => DegreeCentrality.Compute(arcs),
        CentralityMeasure.PageRank => PageRank.Compute(arcs),
        CentralityMeasure.Betweenness => arcs.NodeCount <= ExactBetweennessLimit
            ? Betweenness.Exact(arcs)
            : Betweenness.Sampled(arcs, BetweennessPivots, seed: version),
        _ => throw GraphException.Invalid("measure", $"Unknown measure {measure}."),
    };

    /// <summary>Communities and movements with their distinct collaboration and membership arcs.</summary>
    private sealed record ActorGraph(long Version, Graph Arcs, long[] NodeIds, NodeKind[] Kinds)
    {
        public static ActorGraph Build(GraphProjection p)
        {
            var dense = new Dictionary<int, int>();
            var ids = new List<long>();
            var kinds = new List<NodeKind>();
            for (var i = 0; i < p.Nodes.Count; i++)
            {
                if (p.Nodes.Kind(i) is not (NodeKind.Community or NodeKind.Movement)) continue;
                dense[i] = ids.Count;
                ids.Add(p.Nodes.Id(i));
                kinds.Add(p.Nodes.Kind(i));
            }

            var arcs = new HashSet<(int, int)>();
            foreach (var c in p.Collaborations)
                if (p.Nodes.TryIndex(c.FromId, out var a) && p.Nodes.TryIndex(c.ToId, out var b)
                    && dense.TryGetValue(a, out var from) && dense.TryGetValue(b, out var to) && from != to)
                    arcs.Add((from, to));
            var state = (dense, arcs);
            p.Edges(EdgeKind.PartOf).ForEach(ref state, static (ref s, source, target, _, _) =>
            {
                if (s.dense.TryGetValue(source, out var community) && s.dense.TryGetValue(target, out var movement))
                    s.arcs.Add((community, movement));
            });

            var builder = new GraphBuilder(ids.Count);
            foreach (var (from, to) in arcs.Order()) builder.Add(from, to);
            return new ActorGraph(p.Version, builder.BuildDirected(keepSelfLoops: false), [.. ids], [.. kinds]);
        }
    }
}
