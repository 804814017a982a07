using GraphQL.DataLoader;
using Network.Grains.Movements;
using Orleans;

namespace Network.Api.Schema.Movements;

/// <summary>Movements' profiles by node id, from their grains, batched per request.</summary>
public sealed class MovementByIdLoader(BatchScheduler scheduler, IGrainFactory grains) : BatchDataLoader<long, MovementProfile>(scheduler)
{
    protected override Task<IReadOnlyDictionary<long, MovementProfile>> LoadBatchAsync(IReadOnlyList<long> keys, CancellationToken cancellationToken) =>
        GrainBatch.LoadAsync(nameof(MovementByIdLoader), keys, id => grains.GetGrain<IMovementGrain>(id).GetProfile());
}
