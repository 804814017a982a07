using Grains.Tests.Api.Schema;
using Grains.Tests.Silo;
using Network.Grains.Common;
using Network.Grains.Storage;
using Network.Silo.Live;

namespace Grains.Tests.Api.Live;

/// <summary>
/// A subscriber that stops reading is closed once its buffer has been full for Live:SlowSubscriberTimeout; writers and
/// other subscribers carry on. One that reads, however slowly, gets every event, from the log when its buffer overflows.
/// </summary>
public sealed class SlowSubscriberTests
{
    [Theory, SqliteData, PostgresData]
    public async Task A_feed_subscriber_that_does_not_read_overflows_alone_and_the_others_get_every_event(string provider)
    {
        await using var service = await NetworkService.StartAsync(provider,
            new() { ["Live:SubscriberBufferSize"] = "4", ["Live:SlowSubscriberTimeout"] = "00:00:00.300" });
        var feed = (LiveFeed)service.Services.GetService(typeof(LiveFeed))!;
        var c = service.Client;
        var a = await c.CreateUser(country: "ID");
        var b = await c.CreateUser(country: "ID");
        // From the version already written: without it, the feed may not have passed on the creates yet.
        var start = await c.GraphVersion();

        await using var slow = await feed.SubscribeAsync(start, e => e, CancellationToken.None);
        var overflowed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        slow.Overflowed += _ => overflowed.TrySetResult();
        await using var reader = await feed.SubscribeAsync(start, e => e, CancellationToken.None);
        var received = new List<long>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var reading = Task.Run(async () =>
        {
            await foreach (var e in reader.ReadAllAsync(stop.Token))
            {
                received.Add(e.Version);
                if (received.Count == 10) return;
            }
        });

        var versions = new List<long>();
        for (var i = 0; i < 10; i++) versions.Add(await c.Mutate("recordInteraction", $"fromUserId: \"{a}\", toUserId: \"{b}\", kind: REPLY"));
        await reading;
        await overflowed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(versions, received);
        Assert.True(slow.IsOverflowed);
        var error = await Assert.ThrowsAsync<GraphException>(async () =>
        {
            await foreach (var _ in slow.ReadAllAsync()) { }
        });
        Assert.Equal(LiveErrorCodes.SlowSubscriber, error.Code);
        Assert.Equal(1, feed.SubscriberCount); // the slow one is gone, the reader stays
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_subscriber_that_reads_slower_than_a_burst_catches_up_from_the_log_and_gets_every_event_once_in_order(string provider)
    {
        await using var service = await NetworkService.StartAsync(provider,
            new() { ["Live:SubscriberBufferSize"] = "4", ["Live:SlowSubscriberTimeout"] = "00:01:00" });
        var feed = (LiveFeed)service.Services.GetService(typeof(LiveFeed))!;
        var c = service.Client;
        var a = await c.CreateUser(country: "ID");
        var b = await c.CreateUser(country: "ID");
        var start = await c.GraphVersion();

        // Interactions only, and only a's: the filter drops the other writes, which the catch-up must skip too.
        await using var subscription = await feed.SubscribeAsync(start, e => e.Kind == EventKinds.Interacted && e.SubjectId == LongId(a) ? e : null, CancellationToken.None);
        const int writes = 120;
        var received = new List<long>();
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var reading = Task.Run(async () =>
        {
            await foreach (var e in subscription.ReadAllAsync(stop.Token))
            {
                received.Add(e.Version);
                // The reader stalls after its first event until every write is in: the 4-event buffer overflows.
                if (received.Count == 1) await written.Task.WaitAsync(stop.Token);
                if (received.Count == writes) return;
            }
        });

        var versions = new System.Collections.Concurrent.ConcurrentBag<long>();
        await Parallel.ForEachAsync(Enumerable.Range(0, writes), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            versions.Add(await c.Mutate("recordInteraction", $"fromUserId: \"{a}\", toUserId: \"{b}\", kind: REPLY"));
            if (i % 3 == 0) await c.Mutate("recordInteraction", $"fromUserId: \"{b}\", toUserId: \"{a}\", kind: REPLY");
        });
        await Task.Delay(300); // for the feed to pass the last writes on: a buffer that fills only now overflows too
        written.SetResult();
        await reading;

        Assert.Equal(versions.Order(), received);
        Assert.True(subscription.CatchUps > 0, "the burst never overflowed the buffer, so the catch-up was not exercised");
        Assert.False(subscription.IsOverflowed);
        Assert.Equal(1, feed.SubscriberCount);
    }

    private static long LongId(string globalId) => Network.Api.Schema.Relay.GlobalId.Parse(globalId, "User", "id");

    [LiveClientFact]
    public async Task A_WebSocket_that_stops_reading_is_closed_with_4413_while_writes_and_a_reading_subscriber_carry_on()
    {
        await using var live = await LiveService.StartAsync(new()
        {
            ["Live:SubscriberBufferSize"] = "64", ["Live:SlowSubscriberTimeout"] = "00:00:00.500", ["Live:CloseTimeout"] = "00:01:00",
        });
        var c = live.GraphQL;
        var a = await c.CreateUser(country: "ID");
        var b = await c.CreateUser(country: "ID");
        var start = await c.GraphVersion();

        // Big messages, so that the socket's buffers fill after a few thousand events.
        var wide = string.Join(" ", Enumerable.Range(0, 300).Select(i => $"k{i}: kind"));
        await WebSocketProtocolTests.OpenAsync(live.Client, "slow");
        await live.Client.RawSendAsync("slow", WebSocketProtocolTests.Subscribe("1", $"subscription {{ graphChanged {{ graphVersion {wide} }} }}"));
        await live.Client.WsSubscribeAsync("fast", "subscription { graphChanged { graphVersion } }");
        await live.SubscribersAsync(2);
        await live.Client.SendAsync(new { cmd = "raw-pause", key = "slow" });
        await live.Client.NextAsync("slow", "paused");

        const int writes = 3000;
        var versions = new System.Collections.Concurrent.ConcurrentBag<long>();
        await Parallel.ForEachAsync(Enumerable.Range(0, writes), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (_, _) =>
            versions.Add(await c.Mutate("recordInteraction", $"fromUserId: \"{a}\", toUserId: \"{b}\", kind: REPLY")));
        Assert.Equal(writes, versions.Count);

        var fast = new List<long>();
        while (fast.Count < writes)
            fast.Add((await live.Client.NextAsync("fast", "next")).GetProperty("payload").GetProperty("data").GetProperty("graphChanged").GetProperty("graphVersion").GetInt64());
        Assert.Equal(Enumerable.Range(1, writes).Select(i => start + i), fast);

        await live.Client.SendAsync(new { cmd = "raw-resume", key = "slow" });
        var closed = await live.Client.NextAsync("slow", "closed", TimeSpan.FromSeconds(30));
        Assert.Equal(4413, closed.GetProperty("code").GetInt32());
        var slowNexts = live.Client.Seen.Count(m => LiveClient.Is(m, "slow", "message") && m.GetProperty("data").GetProperty("type").GetString() == "next");
        Assert.InRange(slowNexts, 1, writes - 1);
        Assert.DoesNotContain(live.Client.Seen, m => LiveClient.Is(m, "main", "closed"));
    }
}
