using System.Text.Json;
using Grains.Tests.Api.Schema;
using Grains.Tests.Silo;

namespace Grains.Tests.Api.Live;

/// <summary>graphChanged and collaborationRecorded through the graphql-ws client: live events, filters, resume, privacy.</summary>
public sealed class WebSocketSubscriptionTests
{
    private const string Changes = "subscription($node: ID, $since: Long) { graphChanged(nodeId: $node, since: $since) { graphVersion kind subjectId objectId } }";

    [LiveClientFact]
    public async Task A_subscriber_receives_the_event_of_a_mutation_made_after_it_subscribed()
    {
        await using var live = await LiveService.StartAsync();
        await live.Client.WsSubscribeAsync("a", Changes);
        await live.SubscribersAsync(1);

        var user = await live.GraphQL.CreateUser(country: "ID");
        var version = await live.GraphQL.GraphVersion();

        var next = (await live.Client.NextAsync("a", "next")).GetProperty("payload").GetProperty("data").GetProperty("graphChanged");
        Assert.Equal(version, next.GetProperty("graphVersion").GetInt64());
        Assert.Equal("USER_CREATED", next.GetProperty("kind").GetString());
        Assert.Equal(user, next.GetProperty("subjectId").GetString());
        Assert.Equal(JsonValueKind.Null, next.GetProperty("objectId").ValueKind);
    }

    [LiveClientFact]
    public async Task NodeId_and_country_filters_pass_only_the_events_of_that_node_or_country()
    {
        await using var live = await LiveService.StartAsync();
        var c = live.GraphQL;
        var a = await c.CreateUser(country: "ID");
        var b = await c.CreateUser(country: "ID");
        var other = await c.CreateUser(country: "ID");
        var start = await c.GraphVersion();
        var aFollowsB = await c.Follow(a, b);
        await c.Follow(b, other);
        var otherFollowsA = await c.Follow(other, a);
        var id = await c.CreateCommunity("ID");
        var ph = await c.CreateCommunity("PH");
        var br = await c.CreateCommunity("BR");
        var toPh = await c.Mutate("recordCollaboration", $"fromId: \"{id}\", toId: \"{ph}\", kind: JOINT_CAMPAIGN, occurredAt: \"2025-01-02T00:00:00Z\"");
        await c.Mutate("recordCollaboration", $"fromId: \"{id}\", toId: \"{br}\", kind: JOINT_CAMPAIGN, occurredAt: \"2025-01-02T00:00:00Z\"");
        var fromPh = await c.Mutate("recordCollaboration", $"fromId: \"{ph}\", toId: \"{br}\", kind: JOINT_CAMPAIGN, occurredAt: \"2025-01-03T00:00:00Z\"");

        await live.Client.WsSubscribeAsync("a", Changes, new { node = a, since = start });
        await live.Client.WsSubscribeAsync("ph", "subscription($since: Long) { collaborationRecorded(country: \"PH\", since: $since) { id from { ... on Community { id } } to { ... on Community { id } } crossBorder } }", new { since = start });

        var first = Data(await live.Client.NextAsync("a", "next"), "graphChanged");
        var second = Data(await live.Client.NextAsync("a", "next"), "graphChanged");
        Assert.Equal((aFollowsB, "FOLLOWED", a, b), (first.GetProperty("graphVersion").GetInt64(), first.GetProperty("kind").GetString(), first.GetProperty("subjectId").GetString(), first.GetProperty("objectId").GetString()));
        Assert.Equal((otherFollowsA, other, a), (second.GetProperty("graphVersion").GetInt64(), second.GetProperty("subjectId").GetString(), second.GetProperty("objectId").GetString()));

        var one = Data(await live.Client.NextAsync("ph", "next"), "collaborationRecorded");
        var two = Data(await live.Client.NextAsync("ph", "next"), "collaborationRecorded");
        Assert.Equal((id, ph), (one.GetProperty("from").GetProperty("id").GetString(), one.GetProperty("to").GetProperty("id").GetString()));
        Assert.Equal((ph, br), (two.GetProperty("from").GetProperty("id").GetString(), two.GetProperty("to").GetProperty("id").GetString()));
        Assert.True(one.GetProperty("crossBorder").GetBoolean());

        // Nothing else arrives for either: a live event that passes neither filter stays away too.
        var marker = await c.Follow(b, a);
        await live.Client.WsSubscribeAsync("marker", Changes, new { since = marker - 1 });
        await live.Client.NextAsync("marker", "next");
        // Subscriptions get an event independently of each other: wait for a's copy of the marker, then count.
        var third = Data(await live.Client.NextAsync("a", "next"), "graphChanged");
        Assert.Equal(marker, third.GetProperty("graphVersion").GetInt64());
        var aEvents = live.Client.Seen.Where(m => LiveClient.Is(m, "a", "next")).ToList();
        Assert.Equal(3, aEvents.Count); // the two above, and b follows a
        Assert.Equal(2, live.Client.Seen.Count(m => LiveClient.Is(m, "ph", "next")));
        Assert.True(toPh < fromPh);
    }

    [LiveClientFact]
    public async Task A_subscriber_resuming_from_a_version_gets_every_later_event_once_in_order_then_live_ones()
    {
        await using var live = await LiveService.StartAsync();
        var c = live.GraphQL;
        var users = new List<string>();
        for (var i = 0; i < 4; i++) users.Add(await c.CreateUser(country: "ID"));
        var since = await c.GraphVersion();
        var versions = new List<long>();
        for (var i = 0; i < 3; i++) versions.Add(await c.Follow(users[i], users[i + 1]));

        await live.Client.WsSubscribeAsync("r", Changes, new { since });
        for (var i = 0; i < 3; i++)
            Assert.Equal(versions[i], Data(await live.Client.NextAsync("r", "next"), "graphChanged").GetProperty("graphVersion").GetInt64());

        var liveVersion = await c.Follow(users[3], users[0]);
        Assert.Equal(liveVersion, Data(await live.Client.NextAsync("r", "next"), "graphChanged").GetProperty("graphVersion").GetInt64());
        await Task.Delay(300);
        Assert.Equal(4, live.Client.Seen.Count(m => LiveClient.Is(m, "r", "next")));
    }

    [LiveClientFact]
    public async Task A_resume_older_than_the_window_is_refused_with_a_code()
    {
        await using var live = await LiveService.StartAsync(new() { ["Live:MaxResumeEvents"] = "3" });
        var c = live.GraphQL;
        for (var i = 0; i < 5; i++) await c.CreateUser(country: "ID");

        await live.Client.WsSubscribeAsync("old", Changes, new { since = 0 });
        var payload = (await live.Client.NextAsync("old", "next")).GetProperty("payload");
        Assert.Equal("RESUME_WINDOW_EXCEEDED", payload.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await live.Client.NextAsync("old", "complete");

        await live.Client.WsSubscribeAsync("recent", Changes, new { since = 2 });
        Assert.Equal(3, Data(await live.Client.NextAsync("recent", "next"), "graphChanged").GetProperty("graphVersion").GetInt64());
    }

    [LiveClientTheory, SqliteData, PostgresData]
    public async Task An_anonymous_subscriber_never_learns_of_a_members_only_or_private_membership_or_support_live_or_resumed(string provider)
    {
        await using var live = await LiveService.StartAsync(provider: provider);
        var c = live.GraphQL;
        var community = await c.CreateCommunity("ID");
        var movement = await c.CreateMovement("ID");
        var open = await c.CreateUser(country: "ID");
        var secret = await c.CreateUser(country: "ID");
        var member = await c.CreateUser(country: "ID");
        var since = await c.GraphVersion();

        await live.Client.WsSubscribeAsync("live", Changes);
        await live.Client.SseSubscribeAsync("sse", Changes);
        await live.SubscribersAsync(2);

        await c.Join(secret, community, "PRIVATE");
        await c.Join(member, community, "MEMBERS");
        await c.Support(secret, movement, "PRIVATE");
        await c.Support(member, movement, "MEMBERS");
        var openJoin = await c.Join(open, community);
        await c.Mutate("leaveCommunity", $"userId: \"{secret}\", communityId: \"{community}\"");
        await c.Mutate("leaveCommunity", $"userId: \"{member}\", communityId: \"{community}\"");
        var openLeave = await c.Mutate("leaveCommunity", $"userId: \"{open}\", communityId: \"{community}\"");
        // A membership made public, then left: its leave is public.
        var madePublic = await c.Join(member, community, "PRIVATE");
        var nowPublic = await c.Join(member, community);
        var publicLeave = await c.Mutate("leaveCommunity", $"userId: \"{member}\", communityId: \"{community}\"");
        var last = await c.Follow(open, secret);

        await live.Client.WsSubscribeAsync("resumed", Changes, new { since });
        long[] expected = [openJoin, openLeave, nowPublic, publicLeave, last];
        foreach (var key in new[] { "live", "sse", "resumed" })
        {
            var seen = new List<long>();
            while (seen.Count == 0 || seen[^1] != last)
                seen.Add(Data(await live.Client.NextAsync(key, "next"), "graphChanged").GetProperty("graphVersion").GetInt64());
            Assert.Equal(expected, seen);
        }
        Assert.True(madePublic < nowPublic);
    }

    [LiveClientTheory, SqliteData, PostgresData]
    public async Task A_public_membership_or_support_made_private_ends_for_an_anonymous_subscriber_and_returns_when_made_public_again(string provider)
    {
        await using var live = await LiveService.StartAsync(provider: provider);
        var c = live.GraphQL;
        var community = await c.CreateCommunity("ID");
        var movement = await c.CreateMovement("ID");
        var user = await c.CreateUser(country: "ID");
        var since = await c.GraphVersion();

        await live.Client.WsSubscribeAsync("live", Changes, new { node = user });
        await live.Client.SseSubscribeAsync("sse", Changes, new { node = user });
        await live.SubscribersAsync(2);

        var joined = await c.Join(user, community);
        var supported = await c.Support(user, movement);
        var hidden = await c.Join(user, community, "PRIVATE");
        var hiddenSupport = await c.Support(user, movement, "PRIVATE");
        await c.Join(user, community, "MEMBERS"); // still not public: nothing to tell
        var shown = await c.Join(user, community);
        var last = await c.Follow(await c.CreateUser(country: "ID"), user);

        await live.Client.WsSubscribeAsync("resumed", Changes, new { node = user, since });
        (long, string)[] expected =
        [
            (joined, "JOINED_COMMUNITY"), (supported, "SUPPORTED_MOVEMENT"), (hidden, "LEFT_COMMUNITY"), (hiddenSupport, "SUPPORT_WITHDRAWN"),
            (shown, "JOINED_COMMUNITY"), (last, "FOLLOWED"),
        ];
        foreach (var key in new[] { "live", "sse", "resumed" })
        {
            var seen = new List<(long, string)>();
            while (seen.Count == 0 || seen[^1].Item1 != last)
            {
                var change = Data(await live.Client.NextAsync(key, "next"), "graphChanged");
                seen.Add((change.GetProperty("graphVersion").GetInt64(), change.GetProperty("kind").GetString()!));
                Assert.Equal(user, change.GetProperty("subjectId").GetString() is var s && s == user ? s : change.GetProperty("objectId").GetString());
            }
            Assert.Equal(expected, seen);
        }
    }

    internal static JsonElement Data(JsonElement message, string field)
    {
        var payload = message.GetProperty("payload");
        Assert.False(payload.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return payload.GetProperty("data").GetProperty(field);
    }
}
