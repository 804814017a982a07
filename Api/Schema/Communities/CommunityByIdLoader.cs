using GraphQL.DataLoader;
using Network.Grains.Communities;
using Orleans;

namespace Network.Api.Schema.Communities;

/// <summary>Communities' profiles by node id, from their grains, batched per request.</summary>
public sealed class CommunityByIdLoader(BatchScheduler scheduler, IGrainFactory grains) : BatchDataLoader<long, CommunityProfile>(scheduler)
{
    protected override Task<IReadOnlyDictionary<long, CommunityProfile>> LoadBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        GrainBatch.LoadAsync(nameof(CommunityByIdLoader), keys, id => grains.GetGrain<ICommunityGrain>(id).GetProfile());
}
