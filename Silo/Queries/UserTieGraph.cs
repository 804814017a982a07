using Analytics.Graphs;
using Network.Grains.Common;
using Network.Silo.Projection;

namespace Network.Silo.Queries;

/// <summary>
/// The user tie graph of DESIGN.md ("Graph semantics for metrics") for one scope, as a viewer may see it:
/// users in the scope get dense ids 0..n-1; two are tied when either follows the other or they interacted;
/// ties count only when both ends are in the scope. Built from the projection under its read lock.
/// </summary>
public sealed class UserTieGraph
{
    private readonly Lazy<Graph> _arcs;

    private UserTieGraph(long version, int[] projectionIndex, long[] nodeIds, Graph ties, Func<Graph> arcs, string?[] countries, double[] leanings)
    {
        Version = version;
        ProjectionIndex = projectionIndex;
        NodeIds = nodeIds;
        Ties = ties;
        _arcs = new Lazy<Graph>(arcs);
        Countries = countries;
        Leanings = leanings;
    }

    public long Version { get; }

    /// <summary>For each dense id, the user's index in the projection's node table.</summary>
    public int[] ProjectionIndex { get; }

    /// <summary>For each dense id, the user's node id.</summary>
    public long[] NodeIds { get; }

    /// <summary>The dense id of a node id, or -1 when the user is not in this graph.</summary>
    public int DenseOf(long nodeId) => Array.IndexOf(NodeIds, nodeId);

    /// <summary>Undirected, repeated ties collapsed (weight = count), no self-ties.</summary>
    public Graph Ties { get; }

    /// <summary>Directed distinct ties u → v (u follows v, or u interacted with v), unweighted: for centrality.</summary>
    /// <remarks>Built on first use: the echo-chamber report, paths and communities read only <see cref="Ties"/>, and on
    /// 10M ties the directed graph (with its transpose) cost about as much as the tie graph itself.</remarks>
    public Graph Arcs => _arcs.Value;

    public string?[] Countries { get; }

    /// <summary>NaN for a user without a leaning.</summary>
    public double[] Leanings { get; }

    public int UserCount => ProjectionIndex.Length;

    /// <summary>Builds the graph; the caller holds the projection's read lock (use inside <see cref="GraphProjection.Read{T}"/>).</summary>
    public static UserTieGraph Build(GraphProjection p, Scope scope, Viewer viewer)
    {
        var inScope = ScopeMembers(p, scope, viewer);
        var dense = new int[p.Nodes.Count];
        Array.Fill(dense, -1);
        var members = new List<int>();
        for (var i = 0; i < p.Nodes.Count; i++)
        {
            if (p.Nodes.Kind(i) != NodeKind.User || (inScope is not null && !inScope.Contains(i))) continue;
            dense[i] = members.Count;
            members.Add(i);
        }

        var builder = new GraphBuilder(members.Count);
        var state = (builder, dense);
        foreach (var kind in new[] { EdgeKind.Follows, EdgeKind.InteractedWith })
        {
            p.Edges(kind).ForEach(ref state, static (ref (GraphBuilder B, int[] D) s, int source, int target, int weight, byte visibility) =>
            {
                var u = s.D[source];
                var v = s.D[target];
                if (u >= 0 && v >= 0 && u != v) s.B.Add(u, v);
            });
        }

        var ids = new long[members.Count];
        var countries = new string?[members.Count];
        var leanings = new double[members.Count];
        for (var d = 0; d < members.Count; d++)
        {
            ids[d] = p.Nodes.Id(members[d]);
            countries[d] = p.Nodes.Country(members[d]);
            leanings[d] = p.Nodes.Leaning(members[d]);
        }
        return new UserTieGraph(p.Version, members.ToArray(), ids, builder.BuildTieGraph(), () => builder.BuildDirected(keepSelfLoops: false), countries, leanings);
    }

    /// <summary>The projection indices of the scope's users, or null for every user.</summary>
    private static HashSet<int>? ScopeMembers(GraphProjection p, Scope scope, Viewer viewer)
    {
        HashSet<int>? result = null;
        void Restrict(IEnumerable<int> users)
        {
            var set = users.ToHashSet();
            if (result is null) result = set;
            else result.IntersectWith(set);
        }

        if (scope.CommunityId is { } community) Restrict(p.Nodes.TryIndex(community, out var c) ? p.Incoming(EdgeKind.MemberOf, c, viewer.Sees) : []);
        if (scope.MovementId is { } movement) Restrict(p.Nodes.TryIndex(movement, out var m) ? p.Incoming(EdgeKind.Supports, m, viewer.Sees) : []);
        if (scope.Topic is { } topic) Restrict(p.Nodes.WithTopic(topic).Where(i => p.Nodes.Kind(i) == NodeKind.User));
        return result;
    }
}
