using Analytics.Paths;
using Network.Grains.Common;

namespace Network.Silo.Queries;

/// <summary>A shortest path between two users over the undirected tie graph (breadth-first search), at most maxHops long.</summary>
internal static class PathQuery
{
    public const int MaxHops = 12;

    public static async Task<NodePath> RunAsync(GraphQueries queries, long from, long to, int maxHops, long? minVersion, CancellationToken cancellationToken)
    {
        if (maxHops is < 1 or > MaxHops) throw GraphException.Invalid("maxHops", $"maxHops must be between 1 and {MaxHops}.");
        var projection = await queries.AtAsync(minVersion, cancellationToken);
        var tie = projection.Read(p =>
        {
            foreach (var (id, field) in new[] { (from, "from"), (to, "to") })
                if (!p.Nodes.TryIndex(id, out var i) || p.Nodes.Kind(i) != NodeKind.User)
                    throw new GraphException(ErrorCodes.NotFound, $"User '{id}' does not exist.", field);
            return UserTieGraph.Build(p, Scope.All, Viewer.Anonymous);
        });
        var path = BreadthFirstSearch.ShortestPath(tie.Ties, tie.DenseOf(from), tie.DenseOf(to), maxHops);
        var nodes = path?.Select(d => tie.NodeIds[d]).ToList();
        return new NodePath(tie.Version, nodes);
    }
}
