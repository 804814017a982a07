using Network.Grains.Common;
using Network.Grains.Communities;
using Network.Grains.Movements;
using Network.Grains.Users;
using Orleans;

namespace Grains.Tests.Grains;

internal static class Builders
{
    public static async Task<UserProfile> NewUser(this IGrainFactory grains, string? handle = null, string? country = "ID", double? leaning = null, params string[] topics)
    {
        var id = NodeIds.New();
        var result = await grains.GetGrain<IUserGrain>(id).Create(
            new CreateUser(handle ?? "u" + Guid.NewGuid().ToString("N")[..12], "Test User", country, [.. topics], leaning));
        return result.User;
    }

    public static async Task<CommunityProfile> NewCommunity(this IGrainFactory grains, string country = "ID", params string[] topics)
    {
        var result = await grains.GetGrain<ICommunityGrain>(NodeIds.New()).Create(
            new CreateCommunity("Community " + Guid.NewGuid().ToString("N")[..6], CommunityKind.MutualAid, country, "forum", [.. topics]));
        return result.Community;
    }

    public static async Task<MovementProfile> NewMovement(this IGrainFactory grains, string country = "ID")
    {
        var result = await grains.GetGrain<IMovementGrain>(NodeIds.New()).Create(
            new CreateMovement("Movement " + Guid.NewGuid().ToString("N")[..6], country, ["#climate"], ["climate"]));
        return result.Movement;
    }
}
