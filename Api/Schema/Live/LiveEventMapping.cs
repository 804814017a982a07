using System.Runtime.CompilerServices;
using System.Text.Json;
using Network.Api.Schema.Collaborations;
using Network.Api.Schema.Communities;
using Network.Api.Schema.Movements;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Users;
using Network.Grains.Common;
using Network.Grains.Storage;
using Network.Silo.Listings;
using Network.Silo.Live;

namespace Network.Api.Schema.Live;

/// <summary>
/// Turns log events into what the subscription fields return, with the same global ids as every other field. Each event
/// is mapped once however many subscribers receive it (the results are kept as long as the event lives).
/// </summary>
internal static class LiveEventMapping
{
    private static readonly ConditionalWeakTable<LiveEvent, GraphChange> Changes = [];
    private static readonly ConditionalWeakTable<LiveEvent, CollaborationRecord> Collaborations = [];

    public static GraphChange ToGraphChange(LiveEvent e) => Changes.GetValue(e, MapChange);

    public static CollaborationRecord ToCollaboration(LiveEvent e) => Collaborations.GetValue(e, MapCollaboration);

    public static bool IsBetween(LiveEvent e, string country)
    {
        var collaboration = ToCollaboration(e);
        return collaboration.FromCountry == country || collaboration.ToCountry == country;
    }

    private static GraphChange MapChange(LiveEvent e)
    {
        var (subjectType, objectType) = e.Kind switch
        {
            EventKinds.UserCreated => (UserType.TypeName, null),
            EventKinds.CommunityCreated => (CommunityType.TypeName, null),
            EventKinds.MovementCreated => (MovementType.TypeName, null),
            EventKinds.Followed or EventKinds.Unfollowed or EventKinds.Interacted => (UserType.TypeName, UserType.TypeName),
            EventKinds.JoinedCommunity or EventKinds.LeftCommunity => (UserType.TypeName, CommunityType.TypeName),
            EventKinds.SupportedMovement or EventKinds.SupportWithdrawn => (UserType.TypeName, MovementType.TypeName),
            EventKinds.JoinedMovement => (CommunityType.TypeName, MovementType.TypeName),
            EventKinds.CollaborationRecorded => (TypeName(ReadKind(e.Data, "fromKind")), TypeName(ReadKind(e.Data, "toKind"))),
            _ => throw new InvalidOperationException($"Unknown event kind '{e.Kind}' at version {e.Version}."),
        };
        return new GraphChange(e.Version, e.Kind, GlobalId.Encode(subjectType, e.SubjectId),
            objectType is null || e.ObjectId is null ? null : GlobalId.Encode(objectType, e.ObjectId.Value));
    }

    /// <summary>The collaboration a COLLABORATION_RECORDED event recorded, from its data (written by the grain that recorded it).</summary>
    private static CollaborationRecord MapCollaboration(LiveEvent e)
    {
        using var data = JsonDocument.Parse(e.Data ?? throw new InvalidOperationException($"Event {e.Version} has no data."));
        var d = data.RootElement;
        return new CollaborationRecord(
            long.Parse(d.GetProperty("id").GetString()!), e.SubjectId, ParseEnum<NodeKind>(d.GetProperty("fromKind").GetString()!),
            e.ObjectId!.Value, ParseEnum<NodeKind>(d.GetProperty("toKind").GetString()!), ParseEnum<CollaborationKind>(d.GetProperty("kind").GetString()!),
            d.GetProperty("occurredAt").GetDateTimeOffset(), d.GetProperty("fromCountry").GetString()!, d.GetProperty("toCountry").GetString()!);
    }

    private static NodeKind ReadKind(string? data, string property)
    {
        using var document = JsonDocument.Parse(data ?? "{}");
        return ParseEnum<NodeKind>(document.RootElement.GetProperty(property).GetString()!);
    }

    private static string TypeName(NodeKind kind) => kind switch
    {
        NodeKind.User => UserType.TypeName,
        NodeKind.Community => CommunityType.TypeName,
        NodeKind.Movement => MovementType.TypeName,
        _ => throw new InvalidOperationException($"Unknown node kind {kind}."),
    };

    /// <summary>Event data writes enums as GraphQL names (MUTUAL_AID); C# names have no underscores (MutualAid).</summary>
    private static T ParseEnum<T>(string name) where T : struct, Enum => Enum.Parse<T>(name.Replace("_", ""), ignoreCase: true);
}
