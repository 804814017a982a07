using System.Collections.Immutable;
using Network.Grains.Collaborations;
using Network.Grains.Common;
using Orleans;
using Orleans.Concurrency;

namespace Network.Grains.Communities;

/// <summary>An online community. Owns its place in movements and the collaborations it records.</summary>
public interface ICommunityGrain : IGrainWithStringKey, ICollaborationRecorder
{
    Task<CreateCommunityResult> Create(CreateCommunity command);

    [AlwaysInterleave]
    Task<CommunityProfile?> GetProfile();

    Task<long> JoinMovement(string movementId);
}

public sealed record CreateCommunity(string Name, CommunityKind Kind, string Country, string? Platform, ImmutableArray<string> Topics);

public sealed record CommunityProfile(
    string Id, string Name, CommunityKind Kind, string? Platform, string Country, ImmutableArray<string> Topics, DateTimeOffset CreatedAt);

public sealed record CreateCommunityResult(CommunityProfile Community, long GraphVersion);
