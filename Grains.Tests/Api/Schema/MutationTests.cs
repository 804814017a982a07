using Grains.Tests.Silo;

namespace Grains.Tests.Api.Schema;

/// <summary>Every mutation of schema-core, end to end over HTTP: grains write, the version rises, reads show the change.</summary>
public sealed class MutationTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Every_core_mutation_writes_through_the_grains_and_returns_a_rising_graph_version(string provider)
    {
        await using var service = await NetworkService.StartAsync(provider);
        var c = service.Client;
        var ana = await c.CreateUser("ana", "ID", -0.5, "Climate ", "climate", "Housing");
        var ben = await c.CreateUser("ben", "PH");
        var jakarta = await c.CreateCommunity("ID", "food");
        var manila = await c.CreateCommunity("PH");
        var movement = await c.CreateMovement("ID", "climate");
        var created = await c.GraphVersion();
        Assert.Equal(5, created);

        long[] versions =
        [
            await c.Follow(ana, ben),
            await c.Mutate("unfollow", $"followerId: \"{ana}\", followeeId: \"{ben}\""),
            await c.Follow(ana, ben),
            await c.Mutate("recordInteraction", $"fromUserId: \"{ben}\", toUserId: \"{ana}\", kind: REPLY"),
            await c.Join(ana, manila),
            await c.Mutate("leaveCommunity", $"userId: \"{ana}\", communityId: \"{manila}\""),
            await c.Join(ana, jakarta),
            await c.Support(ben, movement),
            await c.Mutate("joinMovement", $"communityId: \"{manila}\", movementId: \"{movement}\""),
        ];
        Assert.Equal(Enumerable.Range(6, 9).Select(v => (long)v), versions);

        var recorded = await c.DataAsync(
            "mutation($from: ID!, $to: ID!) { recordCollaboration(fromId: $from, toId: $to, kind: JOINT_CAMPAIGN, occurredAt: \"2026-03-01T10:00:00+07:00\") { " +
            "graphVersion collaboration { id kind occurredAt crossBorder from { __typename ... on Community { id } } to { __typename ... on Movement { id } } } } }",
            new { from = manila, to = movement });
        Assert.Equal(15, recorded.At("recordCollaboration.graphVersion").GetInt64());
        var collaboration = recorded.At("recordCollaboration.collaboration");
        Assert.Equal("JOINT_CAMPAIGN", collaboration.At("kind").GetString());
        Assert.Equal("2026-03-01T03:00:00.000Z", collaboration.At("occurredAt").GetString());
        Assert.True(collaboration.At("crossBorder").GetBoolean()); // PH → ID
        Assert.Equal(("Community", manila), (collaboration.At("from.__typename").GetString(), collaboration.At("from.id").GetString()));
        Assert.Equal(("Movement", movement), (collaboration.At("to.__typename").GetString(), collaboration.At("to.id").GetString()));

        // A repeat writes nothing and answers with the current version.
        Assert.Equal(15, await c.Follow(ana, ben));

        var read = await c.DataAsync(
            """
            query($ana: ID!, $ben: ID!, $manila: ID!, $movement: ID!, $collaboration: ID!) {
              ana: node(id: $ana) { ... on User { handle country topics leaning following { totalCount nodes { id } } communities { nodes { id } } } }
              ben: node(id: $ben) { ... on User { followers { nodes { id } } movements { nodes { id } } } }
              manila: node(id: $manila) { ... on Community { memberCount movements { nodes { id } } collaborations(crossBorderOnly: true) { totalCount } } }
              movement: node(id: $movement) { ... on Movement { supporterCount countries communities { nodes { id } } collaborations { nodes { id } } } }
              collaboration: node(id: $collaboration) { __typename id }
              crossBorderMatrix { from to count }
              crossBorderCollaborations(country: "PH") { totalCount nodes { id } }
            }
            """,
            new { ana, ben, manila, movement, collaboration = collaboration.At("id").GetString() });
        Assert.Equal("ana", read.At("ana.handle").GetString());
        Assert.Equal(["climate", "housing"], read.At("ana.topics").Strings());
        Assert.Equal(-0.5, read.At("ana.leaning").GetDouble());
        Assert.Equal([ben], read.At("ana.following.nodes").EnumerateArray().Select(n => n.At("id").GetString()));
        Assert.Equal([jakarta], read.At("ana.communities.nodes").EnumerateArray().Select(n => n.At("id").GetString()));
        Assert.Equal([ana], read.At("ben.followers.nodes").EnumerateArray().Select(n => n.At("id").GetString()));
        Assert.Equal([movement], read.At("ben.movements.nodes").EnumerateArray().Select(n => n.At("id").GetString()));
        Assert.Equal(0, read.At("manila.memberCount").GetInt32()); // ana left
        Assert.Equal([movement], read.At("manila.movements.nodes").EnumerateArray().Select(n => n.At("id").GetString()));
        Assert.Equal(1, read.At("manila.collaborations.totalCount").GetInt32());
        Assert.Equal(1, read.At("movement.supporterCount").GetInt32());
        Assert.Equal(["ID", "PH"], read.At("movement.countries").Strings());
        Assert.Equal([manila], read.At("movement.communities.nodes").EnumerateArray().Select(n => n.At("id").GetString()));
        Assert.Single(read.At("movement.collaborations.nodes").EnumerateArray());
        Assert.Equal("Collaboration", read.At("collaboration.__typename").GetString());
        var pair = Assert.Single(read.At("crossBorderMatrix").EnumerateArray());
        Assert.Equal(("PH", "ID", 1), (pair.At("from").GetString(), pair.At("to").GetString(), pair.At("count").GetInt32()));
        Assert.Equal(1, read.At("crossBorderCollaborations.totalCount").GetInt32());
    }

    [Fact]
    public async Task A_taken_handle_is_refused_with_its_code_and_writes_nothing()
    {
        await using var service = await NetworkService.StartAsync();
        await service.Client.CreateUser("taken");
        var before = await service.Client.GraphVersion();

        var response = await service.Client.PostAsync("mutation { createUser(input: {handle: \"taken\", displayName: \"Again\"}) { user { id } } }");

        Assert.Equal(["HANDLE_TAKEN"], response.Codes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.ValueKind);
        Assert.Equal(before, await service.Client.GraphVersion());
    }

    [Fact]
    public async Task Reads_wait_for_minVersion_and_report_the_version_they_were_computed_at()
    {
        await using var service = await NetworkService.StartAsync(extra: new() { ["Projection:MinVersionTimeout"] = "00:00:01" });
        var c = service.Client;
        var users = new List<string>();
        for (var i = 0; i < 6; i++) users.Add(await c.CreateUser(country: i < 3 ? "ID" : "PH"));
        long last = 0;
        for (var i = 0; i < 6; i++) last = await c.Follow(users[i], users[(i + 1) % 6]);

        var report = await c.DataAsync($"{{ echoChamber(attribute: COUNTRY, minVersion: {last}) {{ graphVersion userCount tieCount eiIndex }} }}");
        Assert.True(report.At("echoChamber.graphVersion").GetInt64() >= last);
        Assert.Equal(6, report.At("echoChamber.userCount").GetInt32());
        Assert.Equal(6, report.At("echoChamber.tieCount").GetInt32());
        Assert.Equal((2.0 - 4) / 6, report.At("echoChamber.eiIndex").GetDouble(), 12); // a 6-ring: 4 internal ties, 2 crossing

        var tooNew = await c.PostAsync($"{{ echoChamber(minVersion: {last + 1000}) {{ graphVersion }} }}");
        Assert.Equal(["MIN_VERSION_NOT_REACHED"], tooNew.Codes);

        // One sample has no standard deviation: refused as bad input, not failed inside the null model.
        var oneSample = await c.PostAsync($"{{ echoChamber(attribute: COUNTRY, nullModelSamples: 1, minVersion: {last}) {{ graphVersion }} }}");
        Assert.Equal(["BAD_USER_INPUT"], oneSample.Codes);
    }
}
