namespace Grains.Tests.Api.Schema;

/// <summary>Relay's contract: opaque ids that node(id) resolves for every node type, and cursor pages of 20 by default, 100 at most.</summary>
public sealed class NodeAndPagingTests
{
    [Fact]
    public async Task Node_and_nodes_resolve_every_node_type_and_give_null_for_ids_of_nothing()
    {
        await using var service = await NetworkService.StartAsync();
        var c = service.Client;
        var user = await c.CreateUser();
        var community = await c.CreateCommunity("ID");
        var movement = await c.CreateMovement("PH");
        var collaboration = (await c.DataAsync(
            $"mutation {{ recordCollaboration(fromId: \"{movement}\", toId: \"{community}\", kind: SHARED_EVENT, occurredAt: \"2026-01-01T00:00:00Z\") {{ collaboration {{ id }} }} }}"))
            .At("recordCollaboration.collaboration.id").GetString()!;
        var nobody = Network.Api.Schema.Relay.GlobalId.Encode("User", 12345);

        var data = await c.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids = new[] { user, community, movement, collaboration, nobody } });

        var nodes = data.At("nodes").EnumerateArray().ToList();
        Assert.Equal(["User", "Community", "Movement", "Collaboration"], nodes.Take(4).Select(n => n.At("__typename").GetString()));
        Assert.Equal([user, community, movement, collaboration], nodes.Take(4).Select(n => n.At("id").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, nodes[4].ValueKind);
    }

    [Fact]
    public async Task Pages_hold_20_by_default_and_follow_on_from_their_cursor()
    {
        await using var service = await NetworkService.StartAsync();
        var c = service.Client;
        var community = await c.CreateCommunity();
        for (var i = 0; i < 25; i++) await c.Join(await c.CreateUser(), community);
        const string query = "query($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on Community { members(first: $first, after: $after) " +
            "{ totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } }";

        var first = (await c.DataAsync(query, new { id = community })).At("node.members");
        Assert.Equal(25, first.At("totalCount").GetInt32());
        Assert.Equal(20, first.At("edges").GetArrayLength());
        Assert.True(first.At("pageInfo.hasNextPage").GetBoolean());
        Assert.False(first.At("pageInfo.hasPreviousPage").GetBoolean());
        Assert.Equal(first.At("edges.19.cursor").GetString(), first.At("pageInfo.endCursor").GetString());

        var rest = (await c.DataAsync(query, new { id = community, after = first.At("pageInfo.endCursor").GetString() })).At("node.members");
        Assert.Equal(5, rest.At("edges").GetArrayLength());
        Assert.False(rest.At("pageInfo.hasNextPage").GetBoolean());
        Assert.True(rest.At("pageInfo.hasPreviousPage").GetBoolean());
        var all = first.At("edges").EnumerateArray().Concat(rest.At("edges").EnumerateArray()).Select(e => e.At("node.id").GetString()).ToList();
        Assert.Equal(25, all.Distinct().Count());

        var hundredOne = await c.PostAsync(query, new { id = community, first = 101 });
        Assert.Equal(["PAGE_SIZE_EXCEEDED"], hundredOne.Codes);
        Assert.Equal(25, (await c.DataAsync(query, new { id = community, first = 100 })).At("node.members.edges").GetArrayLength());
    }

}
