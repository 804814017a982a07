using Grains.Tests.Silo;
using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Common;
using Network.Grains.Communities;
using Network.Grains.Users;

namespace Grains.Tests.Grains;

public sealed class EdgeTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Follow_writes_an_edge_and_an_event_and_repeating_it_changes_nothing(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var a = await silo.Grains.NewUser();
        var b = await silo.Grains.NewUser();
        var follower = silo.Grains.GetGrain<IUserGrain>(a.Id);

        var version = await follower.Follow(b.Id);
        var edge = await silo.Reader.GetEdgeAsync(EdgeKind.Follows, long.Parse(a.Id), long.Parse(b.Id));
        Assert.NotNull(edge);
        Assert.Equal(version, edge.Version);
        Assert.Equal("FOLLOWED", (await silo.Reader.ReadEventsAsync(version - 1, 1))[0].Kind);

        var events = await silo.Reader.CountRowsAsync("events");
        Assert.Equal(version, await follower.Follow(b.Id));
        Assert.Equal(events, await silo.Reader.CountRowsAsync("events"));
        await GraphAssert.EventLogIsGapFreeAsync(silo);
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_repeat_returns_the_current_version_not_the_old_one(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var a = await silo.Grains.NewUser();
        var b = await silo.Grains.NewUser();
        await silo.Grains.GetGrain<IUserGrain>(a.Id).Follow(b.Id);
        await silo.Grains.NewUser(); // moves the clock on
        Assert.Equal(await silo.Reader.GetGraphVersionAsync(), await silo.Grains.GetGrain<IUserGrain>(a.Id).Follow(b.Id));
    }

    [Theory, SqliteData]
    public async Task Unfollow_removes_the_edge_and_unfollowing_a_stranger_is_a_no_op(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var a = await silo.Grains.NewUser();
        var b = await silo.Grains.NewUser();
        var follower = silo.Grains.GetGrain<IUserGrain>(a.Id);
        await follower.Follow(b.Id);
        var unfollowed = await follower.Unfollow(b.Id);
        Assert.Null(await silo.Reader.GetEdgeAsync(EdgeKind.Follows, long.Parse(a.Id), long.Parse(b.Id)));
        Assert.Equal("UNFOLLOWED", (await silo.Reader.ReadEventsAsync(unfollowed - 1, 1))[0].Kind);
        Assert.Equal(unfollowed, await follower.Unfollow(b.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Self_follow_and_edges_to_missing_nodes_are_refused(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var a = await silo.Grains.NewUser();
        var community = await silo.Grains.NewCommunity();
        var user = silo.Grains.GetGrain<IUserGrain>(a.Id);

        await GraphAssert.RefusedAsync(silo, ErrorCodes.SelfFollow, () => user.Follow(a.Id));
        await GraphAssert.RefusedAsync(silo, ErrorCodes.NotFound, () => user.Follow(NodeIds.New()));
        await GraphAssert.RefusedAsync(silo, ErrorCodes.BadUserInput, () => user.Follow("garbage"));
        // A community's id is not a user's.
        await GraphAssert.RefusedAsync(silo, ErrorCodes.NotFound, () => user.Follow(community.Id));
        await GraphAssert.RefusedAsync(silo, ErrorCodes.NotFound, () => user.JoinCommunity(NodeIds.New(), Visibility.Public));
        await GraphAssert.RefusedAsync(silo, ErrorCodes.NotFound, () => user.SupportMovement(community.Id, Visibility.Public));
        await GraphAssert.RefusedAsync(silo, ErrorCodes.BadUserInput, () => user.RecordInteraction(a.Id, InteractionKind.Reply));
        await GraphAssert.RefusedAsync(silo, ErrorCodes.BadUserInput, () => user.JoinCommunity(community.Id, (Visibility)9));
        // A user that was never created cannot act.
        await GraphAssert.RefusedAsync(silo, ErrorCodes.NotFound, () => silo.Grains.GetGrain<IUserGrain>(NodeIds.New()).Follow(a.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Membership_keeps_its_visibility_and_a_rejoin_with_another_visibility_updates_it(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var a = await silo.Grains.NewUser();
        var community = await silo.Grains.NewCommunity();
        var user = silo.Grains.GetGrain<IUserGrain>(a.Id);

        var joined = await user.JoinCommunity(community.Id, Visibility.Private);
        Assert.Equal(joined, await user.JoinCommunity(community.Id, Visibility.Private));
        var changed = await user.JoinCommunity(community.Id, Visibility.Public);
        Assert.True(changed > joined);
        var edge = await silo.Reader.GetEdgeAsync(EdgeKind.MemberOf, long.Parse(a.Id), long.Parse(community.Id));
        Assert.Equal(Visibility.Public, edge!.Visibility);

        await user.LeaveCommunity(community.Id);
        Assert.Null(await silo.Reader.GetEdgeAsync(EdgeKind.MemberOf, long.Parse(a.Id), long.Parse(community.Id)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Interactions_collapse_into_one_tie_whose_weight_counts_them(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var a = await silo.Grains.NewUser();
        var b = await silo.Grains.NewUser();
        var user = silo.Grains.GetGrain<IUserGrain>(a.Id);
        var first = await user.RecordInteraction(b.Id, InteractionKind.Reply);
        var second = await user.RecordInteraction(b.Id, InteractionKind.Like);
        var third = await user.RecordInteraction(b.Id, InteractionKind.Reply);
        Assert.True(first < second && second < third); // every interaction is an event
        var edge = await silo.Reader.GetEdgeAsync(EdgeKind.InteractedWith, long.Parse(a.Id), long.Parse(b.Id));
        Assert.Equal(3, edge!.Weight);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Community_joins_a_movement_and_users_support_it(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var a = await silo.Grains.NewUser();
        var community = await silo.Grains.NewCommunity();
        var movement = await silo.Grains.NewMovement();

        var joined = await silo.Grains.GetGrain<ICommunityGrain>(community.Id).JoinMovement(movement.Id);
        Assert.Equal(joined, await silo.Grains.GetGrain<ICommunityGrain>(community.Id).JoinMovement(movement.Id));
        await silo.Grains.GetGrain<IUserGrain>(a.Id).SupportMovement(movement.Id, Visibility.Members);

        Assert.NotNull(await silo.Reader.GetEdgeAsync(EdgeKind.PartOf, long.Parse(community.Id), long.Parse(movement.Id)));
        Assert.Equal(Visibility.Members, (await silo.Reader.GetEdgeAsync(EdgeKind.Supports, long.Parse(a.Id), long.Parse(movement.Id)))!.Visibility);
        await GraphAssert.RefusedAsync(silo, ErrorCodes.NotFound,
            () => silo.Grains.GetGrain<ICommunityGrain>(community.Id).JoinMovement(community.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Joins_are_rows_so_a_big_community_never_rewrites_its_own_state(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var community = await silo.Grains.NewCommunity();
        var users = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => silo.Grains.NewUser()));
        await Task.WhenAll(users.Select(u => silo.Grains.GetGrain<IUserGrain>(u.Id).JoinCommunity(community.Id, Visibility.Public)));

        Assert.Equal(40, await silo.Reader.CountIncomingAsync(EdgeKind.MemberOf, long.Parse(community.Id), Visibility.Public));
        var stateRow = new Runtime.StaleWriteContract.Row<CommunityState>();
        await silo.Services.GetRequiredService<Network.Silo.Storage.AdoNetGrainStorage>()
            .ReadStateAsync("community", new Orleans.Runtime.GrainId("community", community.Id), stateRow);
        Assert.Equal("1", stateRow.ETag); // written once, at creation
    }
}
