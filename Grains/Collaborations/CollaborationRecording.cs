using Network.Grains.Common;
using Network.Grains.Storage;
using Orleans;

namespace Network.Grains.Collaborations;

/// <summary>Builds the collaboration row and event that a community or movement grain commits.</summary>
internal static class CollaborationRecording
{
    public static async Task<(Collaboration Collaboration, GraphMutation Mutation)> Prepare(
        IGrainFactory grains, long fromId, NodeKind fromKind, string fromCountry,
        string toId, NodeKind toKind, CollaborationKind kind, DateTimeOffset occurredAt)
    {
        InputRules.Defined(kind, "kind");
        var to = NodeIds.Parse(toId, "toId");
        if (to == fromId) throw GraphException.Invalid("toId", "An actor cannot collaborate with itself.");
        var at = InputRules.OccurredAt(occurredAt, DateTimeOffset.UtcNow);
        at = new DateTimeOffset(at.Ticks - at.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        var toCountry = await grains.RequireActorCountry(toId, toKind, "toId");

        var id = long.Parse(NodeIds.New());
        var collaboration = new Collaboration(id.ToString(), fromId.ToString(), fromKind, toId, toKind, kind, at, fromCountry, toCountry);
        var mutation = new GraphMutation
        {
            Collaboration = new CollaborationRow(id, fromId, fromKind, to, toKind, kind, at, fromCountry, toCountry),
            Event = new ChangeEvent(EventKinds.CollaborationRecorded, fromId, to, EventData.Of(new
            {
                id = collaboration.Id, kind, fromKind, toKind, occurredAt = at, fromCountry, toCountry,
            })),
        };
        return (collaboration, mutation);
    }
}
