using Grains.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Common;
using Network.Grains.Communities;
using Network.Grains.Users;
using Network.Silo.Projection;

namespace Grains.Tests.Silo;

public sealed class ProjectionTests
{
    [Theory, SqliteData, PostgresData]
    public async Task The_tailed_projection_equals_a_fresh_bulk_load_after_a_random_stream_of_writes(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var random = new Random(11);
        var users = new List<string>();
        var communities = new List<string>();
        for (var i = 0; i < 12; i++) users.Add((await silo.Grains.NewUser(country: i % 3 == 0 ? "ID" : "PH", leaning: i % 4 == 0 ? null : (i - 6) / 6.0, topics: i % 2 == 0 ? ["t" + i % 3, "shared"] : ["t" + i % 3])).Id);
        for (var i = 0; i < 4; i++) communities.Add((await silo.Grains.NewCommunity(i % 2 == 0 ? "ID" : "BR", "climate")).Id);
        var movement = (await silo.Grains.NewMovement("SE")).Id;

        long last = 0;
        for (var step = 0; step < 250; step++)
        {
            var a = users[random.Next(users.Count)];
            var b = users[random.Next(users.Count)];
            var user = silo.Grains.GetGrain<IUserGrain>(a);
            var community = communities[random.Next(communities.Count)];
            try
            {
                last = random.Next(8) switch
                {
                    0 or 1 => await user.Follow(b),
                    2 => await user.Unfollow(b),
                    3 => await user.JoinCommunity(community, (Visibility)random.Next(3)),
                    4 => await user.LeaveCommunity(community),
                    5 => await user.RecordInteraction(b, InteractionKind.Reply),
                    6 => await user.SupportMovement(movement, (Visibility)random.Next(3)),
                    _ => (await silo.Grains.GetGrain<ICommunityGrain>(community).RecordCollaboration(
                        communities[random.Next(communities.Count)], NodeKind.Community, CollaborationKind.SharedEvent, DateTimeOffset.UtcNow)).GraphVersion,
                };
            }
            catch (GraphException) { } // self-follows and self-collaborations are refused; that is fine here
        }

        var service = silo.Services.GetRequiredService<ProjectionService>();
        var tailed = await service.WaitForVersionAsync(last);
        var loaded = await silo.Services.GetRequiredService<ProjectionLoader>().LoadAsync();

        Assert.Equal(loaded.Version, tailed.Version);
        Assert.Equal(Describe(loaded), tailed.Read(Describe));
    }

    [Theory, SqliteData]
    public async Task A_read_with_minVersion_sees_the_write_it_names(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var a = await silo.Grains.NewUser();
        var b = await silo.Grains.NewUser();
        var version = await silo.Grains.GetGrain<IUserGrain>(a.Id).Follow(b.Id);

        var projection = await silo.Services.GetRequiredService<ProjectionService>().WaitForVersionAsync(version);
        Assert.True(projection.Read(p =>
            p.Nodes.TryIndex(long.Parse(a.Id), out var ia) && p.Nodes.TryIndex(long.Parse(b.Id), out var ib) &&
            p.Edges(EdgeKind.Follows).TryGet(EdgeSet.Key(ia, ib), out _, out _)));
    }

    [Fact]
    public async Task A_minVersion_that_is_never_reached_fails_clearly_after_the_timeout()
    {
        await using var silo = await GraphSilo.StartAsync("Sqlite", extra: new() { ["Projection:MinVersionTimeout"] = "00:00:00.300" });
        var started = Environment.TickCount64;
        var error = await Assert.ThrowsAsync<GraphException>(() => silo.Services.GetRequiredService<ProjectionService>().WaitForVersionAsync(1_000));
        Assert.Equal(ProjectionService.VersionNotReached, error.Code);
        Assert.Contains("1000", error.Message);
        Assert.InRange(Environment.TickCount64 - started, 250, 5000);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_restarted_silo_loads_what_was_written_before(string provider)
    {
        string location;
        long version;
        await using (var silo = await GraphSilo.StartAsync(provider, keepData: true))
        {
            var a = await silo.Grains.NewUser(leaning: 0.3);
            var c = await silo.Grains.NewCommunity("KE");
            version = await silo.Grains.GetGrain<IUserGrain>(a.Id).JoinCommunity(c.Id, Visibility.Members);
            location = silo.Location;
        }
        await using var restarted = await GraphSilo.StartAsync(provider, location);
        var projection = await restarted.Services.GetRequiredService<ProjectionService>().WaitForVersionAsync(version);
        Assert.Equal(version, projection.Version);
        Assert.Equal(1, projection.Read(p => p.Edges(EdgeKind.MemberOf).Count));
    }

    /// <summary>Everything the projection holds, by node id, in a canonical order.</summary>
    private static string Describe(GraphProjection p)
    {
        var lines = new List<string>();
        for (var i = 0; i < p.Nodes.Count; i++)
            lines.Add($"node {p.Nodes.Id(i)} {p.Nodes.Kind(i)} {p.Nodes.Country(i)} {p.Nodes.Leaning(i):R} topics {string.Join(',', p.Nodes.Topics(i).Order())}");
        foreach (var topic in Enumerable.Range(0, p.Nodes.Count).SelectMany(p.Nodes.Topics).Distinct())
            lines.Add($"topic {topic}: {string.Join(',', p.Nodes.WithTopic(topic).Select(p.Nodes.Id).Order())}");
        foreach (var kind in Enum.GetValues<EdgeKind>())
        {
            var edges = new List<string>();
            p.Edges(kind).ForEach(ref edges, (ref List<string> list, int s, int t, int w, byte v) => list.Add($"{kind} {p.Nodes.Id(s)}->{p.Nodes.Id(t)} w{w} v{v}"));
            lines.AddRange(edges);
        }
        lines.AddRange(p.Collaborations.Select(c => c.ToString()));
        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }
}
