using GraphQL.DataLoader;
using Network.Grains.Users;
using Orleans;

namespace Network.Api.Schema.Users;

/// <summary>Users' profiles by node id, from their grains, batched per request.</summary>
public sealed class UserByIdLoader(BatchScheduler scheduler, IGrainFactory grains) : BatchDataLoader<long, UserProfile>(scheduler)
{
    protected override Task<IReadOnlyDictionary<long, UserProfile>> LoadBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        GrainBatch.LoadAsync(nameof(UserByIdLoader), keys, id => grains.GetGrain<IUserGrain>(id).GetProfile());
}
