using Network.Grains.Communities;
using Network.Grains.Movements;
using Network.Grains.Users;
using Orleans;

namespace Network.Grains.Common;

/// <summary>Existence checks against the grain that owns a node: an edge to a node that does not exist is refused.</summary>
internal static class GrainChecks
{
    public static async Task<UserProfile> RequireUser(this IGrainFactory grains, string id, string field)
    {
        NodeIds.Parse(id, field);
        return await grains.GetGrain<IUserGrain>(id).GetProfile() ?? throw GraphException.NotFound("User", id);
    }

    public static async Task<CommunityProfile> RequireCommunity(this IGrainFactory grains, string id, string field)
    {
        NodeIds.Parse(id, field);
        return await grains.GetGrain<ICommunityGrain>(id).GetProfile() ?? throw GraphException.NotFound("Community", id);
    }

    public static async Task<MovementProfile> RequireMovement(this IGrainFactory grains, string id, string field)
    {
        NodeIds.Parse(id, field);
        return await grains.GetGrain<IMovementGrain>(id).GetProfile() ?? throw GraphException.NotFound("Movement", id);
    }

    /// <summary>The country of a collaboration's end: a community's country or a movement's origin.</summary>
    public static async Task<string> RequireActorCountry(this IGrainFactory grains, string id, NodeKind kind, string field) => kind switch
    {
        NodeKind.Community => (await grains.RequireCommunity(id, field)).Country,
        NodeKind.Movement => (await grains.RequireMovement(id, field)).OriginCountry,
        _ => throw GraphException.Invalid(field, "A collaboration joins communities and movements only."),
    };
}
