using Grains.Tests.Api.Schema;

namespace Grains.Tests.Api.Live;

/// <summary>GraphQL over SSE (distinct connections mode) through the graphql-sse client.</summary>
public sealed class SseSubscriptionTests
{
    [LiveClientFact]
    public async Task Events_stream_over_SSE_and_a_request_error_arrives_as_a_next_event_then_complete()
    {
        await using var live = await LiveService.StartAsync();
        var c = live.GraphQL;
        var a = await c.CreateUser(country: "ID");
        var since = await c.GraphVersion();

        await live.Client.SseSubscribeAsync("bad", "subscription { graphChanged { nope } }");
        var bad = (await live.Client.NextAsync("bad", "next")).GetProperty("payload");
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", bad.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await live.Client.NextAsync("bad", "complete");

        await live.Client.SseSubscribeAsync("s", "subscription($node: ID, $since: Long) { graphChanged(nodeId: $node, since: $since) { graphVersion kind subjectId } }",
            new { node = a, since });
        var b = await c.CreateUser(country: "PH");
        var follow = await c.Follow(b, a);
        var change = WebSocketSubscriptionTests.Data(await live.Client.NextAsync("s", "next"), "graphChanged");
        Assert.Equal((follow, "FOLLOWED", b), (change.GetProperty("graphVersion").GetInt64(), change.GetProperty("kind").GetString(), change.GetProperty("subjectId").GetString()));

        // A query over SSE: one next, then complete.
        await live.Client.SseSubscribeAsync("q", "{ graphVersion }");
        Assert.Equal(follow, (await live.Client.NextAsync("q", "next")).GetProperty("payload").GetProperty("data").GetProperty("graphVersion").GetInt64());
        await live.Client.NextAsync("q", "complete");
    }
}
