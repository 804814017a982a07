using Grains.Tests.Silo;
using Network.Grains.Common;
using Network.Grains.Storage;
using Network.Grains.Users;
using Orleans.Storage;
using Xunit;

namespace Grains.Tests.Silo.Cluster;

/// <summary>
/// During a membership change two silos may briefly both believe they own a grain. Storage's ETag is what keeps
/// that harmless: of two activations of one grain, only the one with the current state version commits. Here two
/// silos share one database and each holds its own activation of the same user.
/// </summary>
public sealed class TwoActivationsTests
{
    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Two_activations_of_one_grain_never_both_commit_a_write(string provider)
    {
        await using var first = await GraphSilo.StartAsync(provider);
        await using var second = await GraphSilo.StartAsync(provider, first.Location, keepData: true);
        var id = NodeIds.New();
        var a = NodeIds.New();
        var b = NodeIds.New();
        foreach (var (user, handle) in new[] { (id, "x"), (a, "a"), (b, "b") })
            await first.Grains.GetGrain<IUserGrain>(user).Create(new CreateUser(handle + Guid.NewGuid().ToString("N")[..10], handle, null, [], null));

        // Both silos now hold an activation of the user, loaded at the same state version.
        Assert.NotNull(await second.Grains.GetGrain<IUserGrain>(id).GetProfile());

        await first.Grains.GetGrain<IUserGrain>(id).Follow(a);
        await Assert.ThrowsAsync<InconsistentStateException>(() => second.Grains.GetGrain<IUserGrain>(id).Follow(b));

        var edges = await first.Reader.ReadEventsAsync(0, 1000);
        Assert.Single(edges, e => e.Kind == EventKinds.Followed && e.SubjectId == long.Parse(id));
        Assert.DoesNotContain(edges, e => e.Kind == EventKinds.Followed && e.ObjectId == long.Parse(b));

        // The stale activation went away; the next call reloads the state and commits.
        await second.Grains.GetGrain<IUserGrain>(id).Follow(b);
        Assert.Contains(await first.Reader.ReadEventsAsync(0, 1000), e => e.Kind == EventKinds.Followed && e.ObjectId == long.Parse(b));
    }
}
