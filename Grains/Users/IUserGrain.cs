using System.Collections.Immutable;
using Network.Grains.Common;
using Orleans;
using Orleans.Concurrency;

namespace Network.Grains.Users;

/// <summary>A person. Owns the edges it starts: follows, memberships, supports, interactions.</summary>
public interface IUserGrain : IGrainWithStringKey
{
    Task<CreateUserResult> Create(CreateUser command);

    /// <summary>Null until created. Interleaves, so that two users checking each other never deadlock.</summary>
    [AlwaysInterleave]
    Task<UserProfile?> GetProfile();

    /// <summary>Returns the graph version of the follow (or the current version when already following).</summary>
    Task<long> Follow(string followeeId);

    Task<long> Unfollow(string followeeId);

    Task<long> JoinCommunity(string communityId, Visibility visibility);

    Task<long> LeaveCommunity(string communityId);

    Task<long> SupportMovement(string movementId, Visibility visibility);

    /// <summary>Each interaction adds one to the weight of the tie to <paramref name="toUserId"/>.</summary>
    Task<long> RecordInteraction(string toUserId, InteractionKind kind);
}

public sealed record CreateUser(string Handle, string DisplayName, string? Country, ImmutableArray<string> Topics, double? Leaning);

public sealed record UserProfile(
    string Id, string Handle, string DisplayName, string? Country, ImmutableArray<string> Topics, double? Leaning, DateTimeOffset CreatedAt);

public sealed record CreateUserResult(UserProfile User, long GraphVersion);
