using Analytics.Generation;
using Network.Grains.Common;

namespace Network.Silo.Import;

/// <summary>A generated collaboration in the domain's terms, with its ends resolved to the ids they were given.</summary>
public readonly record struct GeneratedCollaboration<TId>(
    NodeKind FromKind, TId From, NodeKind ToKind, TId To, CollaborationKind Kind, DateTimeOffset OccurredAt)
{
    /// <summary>The generator counts days back from this date.</summary>
    public static readonly DateTimeOffset ReferenceDate = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="communities">The id given to each generated community, by index; likewise <paramref name="movements"/>.</param>
    public static GeneratedCollaboration<TId> At(GeneratedNetwork network, int i, TId[] communities, TId[] movements)
    {
        var fromKind = network.CollaborationFromKind[i] == 0 ? NodeKind.Community : NodeKind.Movement;
        var toKind = network.CollaborationToKind[i] == 0 ? NodeKind.Community : NodeKind.Movement;
        return new GeneratedCollaboration<TId>(
            fromKind, (fromKind == NodeKind.Community ? communities : movements)[network.CollaborationFrom[i]],
            toKind, (toKind == NodeKind.Community ? communities : movements)[network.CollaborationTo[i]],
            (CollaborationKind)network.CollaborationKind[i], ReferenceDate.AddDays(-network.CollaborationDaysAgo[i]));
    }
}
