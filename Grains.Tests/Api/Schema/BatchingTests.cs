using System.Diagnostics.Metrics;
using Network.Api.Schema;

namespace Grains.Tests.Api.Schema;

[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;

/// <summary>
/// Resolvers batch grain reads per request, DataLoader-style: a list of 100 members is one batch of 100 concurrent
/// grain reads, not 100 reads one after another. Measured through the loaders' batch-size histogram.
/// </summary>
[Collection(nameof(MetricsCollection))]
public sealed class BatchingTests
{
    [Fact]
    public async Task Listing_100_members_reads_their_profiles_in_one_batch()
    {
        await using var service = await NetworkService.StartAsync();
        var c = service.Client;
        var community = await c.CreateCommunity();
        var members = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            var user = await c.CreateUser();
            await c.Join(user, community);
            members.Add(user);
        }

        var batches = new List<(string Loader, int Size)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == GrainBatch.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<int>((_, size, tags, _) =>
        {
            lock (batches) batches.Add(((string)tags[0].Value!, size));
        });
        listener.Start();

        var data = await c.DataAsync(
            "query($id: ID!) { node(id: $id) { ... on Community { members(first: 100) { totalCount nodes { id handle displayName country } edges { node { handle } } } } } }",
            new { id = community });
        listener.Dispose();

        Assert.Equal(100, data.At("node.members.totalCount").GetInt32());
        Assert.Equal(members.Order(), data.At("node.members.nodes").EnumerateArray().Select(n => n.At("id").GetString()!).Order());
        // One batch for the community (node(id)), one for its 100 members: edges and nodes share the loaded profiles.
        Assert.Equal([("CommunityByIdLoader", 1), ("UserByIdLoader", 100)], batches.OrderBy(b => b.Loader).ToList());
    }
}
