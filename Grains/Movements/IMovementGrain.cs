using System.Collections.Immutable;
using Network.Grains.Collaborations;
using Orleans;
using Orleans.Concurrency;

namespace Network.Grains.Movements;

/// <summary>A social movement. Supporters and member communities point at it; it records its own collaborations.</summary>
public interface IMovementGrain : IGrainWithStringKey, ICollaborationRecorder
{
    Task<CreateMovementResult> Create(CreateMovement command);

    [AlwaysInterleave]
    Task<MovementProfile?> GetProfile();
}

public sealed record CreateMovement(string Name, string OriginCountry, ImmutableArray<string> Hashtags, ImmutableArray<string> Topics);

public sealed record MovementProfile(
    string Id, string Name, ImmutableArray<string> Hashtags, ImmutableArray<string> Topics, string OriginCountry, DateTimeOffset CreatedAt);

public sealed record CreateMovementResult(MovementProfile Movement, long GraphVersion);
