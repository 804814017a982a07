using Grains.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Common;
using Network.Grains.Communities;
using Network.Grains.Movements;
using Network.Grains.Users;
using Network.Silo.Listings;

namespace Grains.Tests.Silo;

/// <summary>Paged lists read from storage, on both providers: order, cursors, counts, filters and visibility.</summary>
public sealed class ListingTests
{
    private static ListingReader Lists(GraphSilo silo) => silo.Services.GetRequiredService<ListingReader>();

    [Theory, SqliteData, PostgresData]
    public async Task Members_page_by_id_and_count_only_what_the_viewer_may_see(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var community = long.Parse((await silo.Grains.NewCommunity()).Id);
        var members = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            var user = await silo.Grains.NewUser();
            var visibility = i switch { 5 => Visibility.Members, 6 => Visibility.Private, _ => Visibility.Public };
            await silo.Grains.GetGrain<IUserGrain>(user.Id).JoinCommunity(community.ToString(), visibility);
            if (visibility == Visibility.Public) members.Add(long.Parse(user.Id));
        }
        members.Sort();

        var first = await Lists(silo).SourcesAsync(EdgeKind.MemberOf, community, Visibility.Public, new PageRequest(3, null));
        Assert.Equal(members.Take(3), first.Items);
        Assert.True(first.HasNextPage);
        Assert.False(first.HasPreviousPage);
        Assert.Equal(5, first.TotalCount);

        var second = await Lists(silo).SourcesAsync(EdgeKind.MemberOf, community, Visibility.Public, new PageRequest(3, first.Items[^1]));
        Assert.Equal(members.Skip(3), second.Items);
        Assert.False(second.HasNextPage);
        Assert.True(second.HasPreviousPage);

        Assert.Equal(5, await Lists(silo).CountSourcesAsync(EdgeKind.MemberOf, community, Visibility.Public));
        Assert.Equal(7, await Lists(silo).CountSourcesAsync(EdgeKind.MemberOf, community, Visibility.Private));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Directory_filters_by_country_and_topic(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var a = long.Parse((await silo.Grains.NewUser(country: "ID", topics: ["Climate"])).Id);
        var b = long.Parse((await silo.Grains.NewUser(country: "PH", topics: ["climate", "housing"])).Id);
        var c = long.Parse((await silo.Grains.NewUser(country: "ID")).Id);

        var all = await Lists(silo).NodesAsync(NodeKind.User, null, null, new PageRequest(10, null));
        Assert.Equal(new[] { a, b, c }.Order(), all.Items);
        Assert.Equal(new[] { a, c }.Order(), (await Lists(silo).NodesAsync(NodeKind.User, "ID", null, new PageRequest(10, null))).Items.Order());
        Assert.Equal(new[] { a, b }.Order(), (await Lists(silo).NodesAsync(NodeKind.User, null, "climate", new PageRequest(10, null))).Items.Order());
        var both = await Lists(silo).NodesAsync(NodeKind.User, "ID", "climate", new PageRequest(10, null));
        Assert.Equal([a], both.Items);
        Assert.Equal(1, both.TotalCount);
        Assert.Empty((await Lists(silo).NodesAsync(NodeKind.Community, null, null, new PageRequest(10, null))).Items);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Collaborations_filter_by_actor_country_border_and_time(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var id = (await silo.Grains.NewCommunity("ID")).Id;
        var ph = (await silo.Grains.NewCommunity("PH")).Id;
        var movement = (await silo.Grains.NewMovement("ID")).Id;
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var cross = (await silo.Grains.GetGrain<ICommunityGrain>(id).RecordCollaboration(ph, NodeKind.Community, CollaborationKind.JointCampaign, t0)).Collaboration;
        var home = (await silo.Grains.GetGrain<IMovementGrain>(movement).RecordCollaboration(id, NodeKind.Community, CollaborationKind.SharedEvent, t0.AddDays(10))).Collaboration;

        var ofId = await Lists(silo).CollaborationsAsync(new CollaborationFilter(ActorId: long.Parse(id)), new PageRequest(10, null));
        Assert.Equal(new[] { long.Parse(cross.Id), long.Parse(home.Id) }.Order(), ofId.Items.Select(c => c.Id));
        var crossOnly = await Lists(silo).CollaborationsAsync(new CollaborationFilter(ActorId: long.Parse(id), CrossBorderOnly: true), new PageRequest(10, null));
        var only = Assert.Single(crossOnly.Items);
        Assert.Equal((long.Parse(id), NodeKind.Community, long.Parse(ph), "ID", "PH", CollaborationKind.JointCampaign, t0),
            (only.FromId, only.FromKind, only.ToId, only.FromCountry, only.ToCountry, only.Kind, only.OccurredAt));
        Assert.Single((await Lists(silo).CollaborationsAsync(new CollaborationFilter(Country: "PH"), new PageRequest(10, null))).Items);
        Assert.Single((await Lists(silo).CollaborationsAsync(new CollaborationFilter(Since: t0.AddDays(1)), new PageRequest(10, null))).Items);
        Assert.Single((await Lists(silo).CollaborationsAsync(new CollaborationFilter(Until: t0.AddDays(1)), new PageRequest(10, null))).Items);
        Assert.Equal(home.Id, (await Lists(silo).CollaborationAsync(long.Parse(home.Id)))!.Id.ToString());
        Assert.Null(await Lists(silo).CollaborationAsync(12345));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_movement_spans_the_countries_of_its_communities(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var movement = (await silo.Grains.NewMovement("ID")).Id;
        foreach (var country in new[] { "PH", "ID", "PH", "BR" })
            await silo.Grains.GetGrain<ICommunityGrain>((await silo.Grains.NewCommunity(country)).Id).JoinMovement(movement);

        Assert.Equal(["BR", "ID", "PH"], await Lists(silo).CountriesOfCommunitiesAsync(long.Parse(movement)));
    }
}
