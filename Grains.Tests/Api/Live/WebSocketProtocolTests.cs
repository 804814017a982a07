using System.Text.Json;
using Grains.Tests.Api.Schema;

namespace Grains.Tests.Api.Live;

/// <summary>
/// graphql-transport-ws as PROTOCOL.md states it, on a bare socket (the graphql-ws client never breaks the rules on
/// purpose): request errors answer with an error message and the connection carries on; violations close it with the
/// protocol's codes; the limits on operations and connections hold.
/// </summary>
public sealed class WebSocketProtocolTests
{
    private static readonly object Init = new { type = "connection_init" };

    [LiveClientFact]
    public async Task Invalid_documents_bad_variables_and_unknown_ids_get_protocol_answers_and_the_connection_stays_healthy()
    {
        await using var live = await LiveService.StartAsync();
        var user = await live.GraphQL.CreateUser(country: "ID");
        var client = live.Client;
        await OpenAsync(client, "r");

        await client.RawSendAsync("r", Subscribe("1", "subscription { graphChanged { nope } }"));
        var invalid = await MessageAsync(client, "r", "error");
        Assert.Equal("1", invalid.GetProperty("id").GetString());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Code(invalid.GetProperty("payload")[0]));

        await client.RawSendAsync("r", Subscribe("2", "subscription($since: Long) { graphChanged(since: $since) { kind } }", new { since = "yesterday" }));
        var badVariable = await MessageAsync(client, "r", "error");
        Assert.Equal("2", badVariable.GetProperty("id").GetString());
        Assert.Equal("BAD_USER_INPUT", Code(badVariable.GetProperty("payload")[0]));

        await client.RawSendAsync("r", Subscribe("3", "subscription { graphChanged(nodeId: \"garbage\") { kind } }"));
        var badId = await MessageAsync(client, "r", "next");
        Assert.Equal("INVALID_ID", Code(badId.GetProperty("payload").GetProperty("errors")[0]));
        await MessageAsync(client, "r", "complete");

        await client.RawSendAsync("r", new { id = "never-started", type = "complete" });
        await client.RawSendAsync("r", new { type = "ping", payload = new { n = 7 } });
        var pong = await MessageAsync(client, "r", "pong");
        Assert.Equal(7, pong.GetProperty("payload").GetProperty("n").GetInt32());

        // The failed ids are free again, and the connection still runs operations: a query, then a subscription.
        await client.RawSendAsync("r", Subscribe("1", "{ graphVersion }"));
        Assert.Equal(1, (await MessageAsync(client, "r", "next")).GetProperty("payload").GetProperty("data").GetProperty("graphVersion").GetInt64());
        await MessageAsync(client, "r", "complete");
        await client.RawSendAsync("r", Subscribe("2", "subscription { graphChanged(since: 0) { subjectId } }"));
        Assert.Equal(user, (await MessageAsync(client, "r", "next")).GetProperty("payload").GetProperty("data").GetProperty("graphChanged").GetProperty("subjectId").GetString());
        Assert.DoesNotContain(client.Seen, m => LiveClient.Is(m, "r", "closed"));
    }

    [LiveClientFact]
    public async Task Without_connection_init_in_time_the_socket_closes_with_4408()
    {
        await using var live = await LiveService.StartAsync(new() { ["Live:ConnectionInitTimeout"] = "00:00:00.300" });
        await live.Client.RawOpenAsync("r");
        Assert.Equal(4408, (await live.Client.NextAsync("r", "closed")).GetProperty("code").GetInt32());

        // The same through graphql-ws: an initialised connection outlives the timeout.
        await live.Client.WsSubscribeAsync("a", "subscription { graphChanged { kind } }");
        await live.SubscribersAsync(1);
        await Task.Delay(600);
        await live.GraphQL.CreateUser(country: "ID");
        await live.Client.NextAsync("a", "next");
    }

    [LiveClientFact]
    public async Task A_second_subscribe_with_a_running_id_closes_with_4409()
    {
        await using var live = await LiveService.StartAsync();
        await OpenAsync(live.Client, "r");
        await live.Client.RawSendAsync("r", Subscribe("same", "subscription { graphChanged { kind } }"));
        await live.SubscribersAsync(1);
        await live.Client.RawSendAsync("r", Subscribe("same", "subscription { graphChanged { kind } }"));
        var closed = await live.Client.NextAsync("r", "closed");
        Assert.Equal(4409, closed.GetProperty("code").GetInt32());
        Assert.Equal("Subscriber for same already exists", closed.GetProperty("reason").GetString());
    }

    [LiveClientFact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var live = await LiveService.StartAsync();
        await OpenAsync(live.Client, "r");
        await live.Client.RawSendAsync("r", Init);
        Assert.Equal(4429, (await live.Client.NextAsync("r", "closed")).GetProperty("code").GetInt32());
    }

    [LiveClientFact]
    public async Task Subscribing_before_the_ack_closes_with_4401_malformed_messages_with_4400_and_a_missing_subprotocol_with_4406()
    {
        await using var live = await LiveService.StartAsync();
        var client = live.Client;
        await client.RawOpenAsync("early");
        await client.NextAsync("early", "open");
        await client.RawSendAsync("early", Subscribe("1", "{ graphVersion }"));
        Assert.Equal(4401, (await client.NextAsync("early", "closed")).GetProperty("code").GetInt32());

        foreach (var (key, message) in new[] { ("text", (object)"not json"), ("type", new { type = "next", id = "1" }), ("shape", new { type = "subscribe", id = "1", payload = new { query = 5 } }) })
        {
            await OpenAsync(client, key);
            await client.RawSendAsync(key, message);
            Assert.Equal(4400, (await client.NextAsync(key, "closed")).GetProperty("code").GetInt32());
        }

        await client.RawOpenAsync("bare", protocol: null);
        Assert.Equal(4406, (await client.NextAsync("bare", "closed")).GetProperty("code").GetInt32());
    }

    [LiveClientFact]
    public async Task Operations_per_connection_and_connections_are_limited()
    {
        await using var live = await LiveService.StartAsync(new() { ["Live:MaxSubscriptionsPerConnection"] = "2", ["Live:MaxConnections"] = "2" });
        var client = live.Client;
        await OpenAsync(client, "r");
        await client.RawSendAsync("r", Subscribe("1", "subscription { graphChanged { kind } }"));
        await client.RawSendAsync("r", Subscribe("2", "subscription { graphChanged { kind } }"));
        await live.SubscribersAsync(2);
        await client.RawSendAsync("r", Subscribe("3", "subscription { graphChanged { kind } }"));
        var refused = await MessageAsync(client, "r", "error");
        Assert.Equal("3", refused.GetProperty("id").GetString());
        Assert.Equal("TOO_MANY_SUBSCRIPTIONS", Code(refused.GetProperty("payload")[0]));

        // Completing one frees its place; the connection is fine throughout.
        await client.RawSendAsync("r", new { id = "1", type = "complete" });
        for (var wait = 0; live.Feed.SubscriberCount != 1 && wait < 750; wait++) await Task.Delay(20);
        Assert.Equal(1, live.Feed.SubscriberCount);
        await client.RawSendAsync("r", Subscribe("3", "subscription { graphChanged { kind } }"));
        await live.SubscribersAsync(2); // 3 registered before the write, or the write's event would pass it by
        await live.GraphQL.CreateUser(country: "ID");
        var ids = new HashSet<string>();
        while (ids.Count < 2) ids.Add((await MessageAsync(client, "r", "next")).GetProperty("id").GetString()!);
        Assert.Equal(["2", "3"], ids.Order());

        await OpenAsync(client, "second");
        await client.RawOpenAsync("third");
        var closed = await client.NextAsync("third", "closed");
        Assert.Equal(1013, closed.GetProperty("code").GetInt32());
    }

    internal static async Task OpenAsync(LiveClient client, string key)
    {
        await client.RawOpenAsync(key);
        Assert.Equal("graphql-transport-ws", (await client.NextAsync(key, "open")).GetProperty("protocol").GetString());
        await client.RawSendAsync(key, Init);
        await MessageAsync(client, key, "connection_ack");
    }

    internal static object Subscribe(string id, string query, object? variables = null) =>
        new { id, type = "subscribe", payload = new { query, variables } };

    /// <summary>The next message of a bare socket with that protocol type.</summary>
    internal static async Task<JsonElement> MessageAsync(LiveClient client, string key, string type) =>
        (await client.WaitForAsync(m => LiveClient.Is(m, key, "message") && m.GetProperty("data").GetProperty("type").GetString() == type
            || LiveClient.Is(m, key, "closed"), $"'{type}' on '{key}'") is var m && LiveClient.Is(m, key, "closed")
            ? throw new Xunit.Sdk.XunitException($"'{key}' closed while waiting for '{type}': {m}")
            : m.GetProperty("data"));

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();
}
