namespace Grains.Tests.Api.Schema;

/// <summary>
/// Memberships and supports marked MEMBERS or PRIVATE never reach an anonymous caller: not in lists, counts,
/// a person's own lists, ally scores or scoped metrics. Each field that could reveal them is asked.
/// </summary>
public sealed class PrivacyTests
{
    [Fact]
    public async Task Hidden_memberships_and_supports_appear_in_no_field_an_anonymous_caller_can_ask()
    {
        await using var service = await NetworkService.StartAsync();
        var c = service.Client;
        var community = await c.CreateCommunity("ID", "climate");
        var movement = await c.CreateMovement("ID", "climate");
        var visible = new List<string>();
        var hidden = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var user = await c.CreateUser(country: "ID", leaning: i % 2 == 0 ? -0.5 : 0.5);
            await c.Join(user, community);
            await c.Support(user, movement);
            visible.Add(user);
        }
        foreach (var visibility in new[] { "MEMBERS", "PRIVATE", "MEMBERS", "PRIVATE" })
        {
            var user = await c.CreateUser(country: "PH", leaning: 0.9);
            await c.Join(user, community, visibility);
            await c.Support(user, movement, visibility);
            hidden.Add(user);
        }
        // Ties among everyone, so that a scoped metric that counted hidden members would differ.
        var everyone = visible.Concat(hidden).ToList();
        for (var i = 0; i < everyone.Count; i++) await c.Follow(everyone[i], everyone[(i + 1) % everyone.Count]);

        // A community joined only by a hidden supporter: an ally only through a private support.
        var onlyThroughHidden = await c.CreateCommunity("PH", "housing");
        await c.Join(hidden[1], onlyThroughHidden);
        var last = await c.Join(visible[0], await c.CreateCommunity("ID"));

        var data = await c.DataAsync(
            """
            query($community: ID!, $movement: ID!) {
              community: node(id: $community) { ... on Community { memberCount members(first: 100) { totalCount nodes { id } edges { node { id } } } } }
              movement: node(id: $movement) { ... on Movement {
                supporterCount supporters(first: 100) { totalCount nodes { id } }
                alliedCommunities(first: 100) { community { id } sharedMembers } } }
            }
            """,
            new { community, movement });
        Assert.Equal(6, data.At("community.memberCount").GetInt32());
        Assert.Equal(6, data.At("community.members.totalCount").GetInt32());
        Assert.Equal(visible.Order(), data.At("community.members.nodes").EnumerateArray().Select(n => n.At("id").GetString()!).Order());
        Assert.Equal(visible.Order(), data.At("community.members.edges").EnumerateArray().Select(n => n.At("node.id").GetString()!).Order());
        Assert.Equal(6, data.At("movement.supporterCount").GetInt32());
        Assert.Equal(6, data.At("movement.supporters.totalCount").GetInt32());
        Assert.Equal(visible.Order(), data.At("movement.supporters.nodes").EnumerateArray().Select(n => n.At("id").GetString()!).Order());
        var allies = data.At("movement.alliedCommunities").EnumerateArray().ToList();
        Assert.DoesNotContain(allies, a => a.At("community.id").GetString() == onlyThroughHidden);
        var shared = Assert.Single(allies, a => a.At("community.id").GetString() == community);
        Assert.Equal(6, shared.At("sharedMembers").GetInt32()); // the six visible members, who are the visible supporters

        foreach (var user in hidden)
        {
            var own = await c.DataAsync("query($id: ID!) { node(id: $id) { ... on User { communities { totalCount nodes { id } } movements { totalCount nodes { id } } } } }", new { id = user });
            Assert.Equal(user == hidden[1] ? 1 : 0, own.At("node.communities.totalCount").GetInt32()); // the public join of onlyThroughHidden
            Assert.DoesNotContain(community, own.At("node.communities.nodes").EnumerateArray().Select(n => n.At("id").GetString()));
            Assert.Equal(0, own.At("node.movements.totalCount").GetInt32());
            Assert.Empty(own.At("node.movements.nodes").EnumerateArray());
        }

        // Scoped metrics count the visible members only: 6 users, and the ring's ties among them (5 of its 10).
        var report = await c.DataAsync(
            "query($community: ID!, $v: Long) { echoChamber(scope: {communityId: $community}, attribute: LEANING, minVersion: $v) { userCount tieCount } }",
            new { community, v = last });
        Assert.Equal(6, report.At("echoChamber.userCount").GetInt32());
        Assert.Equal(5, report.At("echoChamber.tieCount").GetInt32());
    }
}
