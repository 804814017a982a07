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

        // Records straight from the edge sets into two arrays, then the tie graph by counting sort (TieGraphCsr): no
        // per-edge delegate or builder record, no row sort.
        var follows = p.Edges(EdgeKind.Follows);
        var interactions = p.Edges(EdgeKind.InteractedWith);
        var (sources, targets) = MergedPairs(follows, interactions, dense);
        var ties = TieGraphCsr.Build(members.Count, sources, targets);
        var userCount = members.Count;
        Graph Arcs()
        {
            var builder = new GraphBuilder(userCount);
            for (var i = 0; i < sources.Length; i++) builder.Add(sources[i], targets[i]);
            return builder.BuildDirected(keepSelfLoops: false);
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
        return new UserTieGraph(p.Version, members.ToArray(), ids, ties, Arcs, countries, leanings);
    }

    /// <summary>
    /// Both sets' edges between distinct mapped ends, in (source, target) order: each set copies in key order and the
    /// map is increasing, so TieGraphCsr takes its one-pass path.
    /// </summary>
    private static (int[] Sources, int[] Targets) MergedPairs(EdgeSet first, EdgeSet second, int[] dense)
    {
        var (fs, ft) = (new int[first.Count], new int[first.Count]);
        var (ss, st) = (new int[second.Count], new int[second.Count]);
        int nf = 0, ns = 0;
        Parallel.Invoke(() => nf = first.CopyMappedPairs(dense, fs, ft, 0), () => ns = second.CopyMappedPairs(dense, ss, st, 0));
        var sources = new int[nf + ns];
        var targets = new int[nf + ns];
        // Merged on source ranges in parallel: each range starts where its first source begins in both lists, so the
        // output is the same however the ranges run.
        void Merge(int i, int iEnd, int j, int jEnd)
        {
            for (var k = i + j; i < iEnd || j < jEnd; k++)
            {
                var fromFirst = j == jEnd || (i < iEnd && (fs[i] < ss[j] || (fs[i] == ss[j] && ft[i] <= st[j])));
                (sources[k], targets[k]) = fromFirst ? (fs[i], ft[i++]) : (ss[j], st[j++]);
            }
        }
        const int Ranges = 16;
        var rows = dense.Length;
        Parallel.For(0, Ranges, r =>
        {
            var low = (int)((long)rows * r / Ranges);
            var high = r == Ranges - 1 ? int.MaxValue : (int)((long)rows * (r + 1) / Ranges);
            Merge(LowerBound(fs, nf, low), LowerBound(fs, nf, high), LowerBound(ss, ns, low), LowerBound(ss, ns, high));
        });
        return (sources, targets);
    }

    /// <summary>The first position in the ascending <paramref name="sorted"/>[0..count) whose value is at least <paramref name="value"/>.</summary>
    private static int LowerBound(int[] sorted, int count, int value)
    {
        int low = 0, high = count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid] < value) low = mid + 1;
            else high = mid;
        }
        return low;
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
