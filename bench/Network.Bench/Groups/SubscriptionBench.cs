using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Network.Bench.GraphQLReads;

namespace Network.Bench.Groups;

/// <summary>
/// Issue 5's latency: with 1,000 graphChanged subscriptions open over graphql-transport-ws on loopback (one WebSocket
/// each, as browsers hold them), the time from a mutation's acknowledgement (its HTTP answer read by the writer) to the
/// event's arrival at each subscriber; the figure is the p99 over every (mutation, subscriber) pair of a run. The peer
/// row is the same path with a single subscriber, measured first in the same service: the cost of fanning out.
/// </summary>
public static class SubscriptionBench
{
    private const int Subscribers = 1000;
    private const string Subscription = """{"id":"1","type":"subscribe","payload":{"query":"subscription { graphChanged { graphVersion } }"}}""";
    private const string CreateUser = "mutation($input: CreateUserInput!) { createUser(input: $input) { graphVersion } }";

    public static async Task<ResultGroup> RunAsync(BenchSettings settings)
    {
        await using var service = await InProcessService.StartAsync();
        var mutations = settings.Quick ? 30 : 100;
        var sockets = new List<Subscriber>();
        try
        {
            sockets.Add(await Subscriber.OpenAsync(service.BaseAddress));
            await WarmUpAsync(service, sockets);
            var single = await Measurement.RepeatAsync(settings.Runs, "ms", () => P99Async(service, sockets, mutations));

            // The rest, a few at a time: each is a WebSocket handshake and a connection_init.
            for (var batch = 0; sockets.Count < Subscribers; batch++)
                sockets.AddRange(await Task.WhenAll(Enumerable.Range(0, Math.Min(50, Subscribers - sockets.Count)).Select(_ => Subscriber.OpenAsync(service.BaseAddress))));
            await WarmUpAsync(service, sockets);
            var many = await Measurement.RepeatAsync(settings.Runs, "ms", () => P99Async(service, sockets, mutations));

            return new ResultGroup("Subscriptions",
                "Mutation acknowledgement to event arrival with 1,000 open subscriptions on loopback (graphql-transport-ws, in-process service on SQLite).",
            [
                new ResultRow($"p99 ack → arrival, {Subscribers} subscribers", many, "1 subscriber (same service, same run)", single, "≤ 50 ms",
                    (o, _) => o <= 50,
                    $"{mutations} createUser mutations per run, each started once every subscriber had the previous one's event; " +
                    $"every subscriber's arrival time counts ({mutations * Subscribers} per run); negative times (event before the answer) count as they are"),
            ]);
        }
        finally
        {
            foreach (var socket in sockets) await socket.DisposeAsync();
        }
    }

    /// <summary>
    /// Writes until every subscriber has seen an event, which proves they are all registered: a subscribe message may
    /// still be on its way when a write commits, and that subscriber then never sees that write's event.
    /// </summary>
    private static async Task WarmUpAsync(InProcessService service, List<Subscriber> sockets)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var pending = sockets.ToList();
        while (pending.Count > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{pending.Count} of {sockets.Count} subscribers saw no event within a minute.");
            var version = await MutateAsync(service);
            var seen = await Task.WhenAll(pending.Select(async socket =>
            {
                try
                {
                    await socket.ArrivalAsync(version).WaitAsync(TimeSpan.FromSeconds(2));
                    return true;
                }
                catch (TimeoutException)
                {
                    return false;
                }
            }));
            pending = pending.Where((_, i) => !seen[i]).ToList();
        }
    }

    private static async Task<double> P99Async(InProcessService service, List<Subscriber> sockets, int mutations)
    {
        // One mutation at a time: the next starts once every subscriber has the last one's event, so each figure is the
        // fan-out of one write, not a queue of them (1,000 messages per write is the load; a rate is not the question).
        var latencies = new List<double>(mutations * sockets.Count);
        for (var i = 0; i < mutations; i++)
        {
            var version = await MutateAsync(service);
            var at = Stopwatch.GetTimestamp();
            foreach (var socket in sockets)
                latencies.Add(Stopwatch.GetElapsedTime(at, await socket.ArrivalAsync(version).WaitAsync(TimeSpan.FromSeconds(60))).TotalMilliseconds);
        }
        latencies.Sort();
        return latencies[(int)Math.Ceiling(latencies.Count * 0.99) - 1];
    }

    private static async Task<long> MutateAsync(InProcessService service) =>
        (await service.DataAsync(CreateUser, new { input = new { handle = "s" + Guid.NewGuid().ToString("N")[..16], displayName = "Bench", country = "ID" } }))
            .GetProperty("createUser").GetProperty("graphVersion").GetInt64();

    /// <summary>One graphql-ws subscriber: records when each graph version's event arrived (Stopwatch timestamps).</summary>
    private sealed class Subscriber : IAsyncDisposable
    {
        private readonly ClientWebSocket _socket;
        private readonly Dictionary<long, TaskCompletionSource<long>> _arrivals = [];
        private readonly Task _receiving;

        private Subscriber(ClientWebSocket socket)
        {
            _socket = socket;
            _receiving = Task.Run(ReceiveAsync);
        }

        public static async Task<Subscriber> OpenAsync(Uri baseAddress)
        {
            var socket = new ClientWebSocket();
            socket.Options.AddSubProtocol("graphql-transport-ws");
            await socket.ConnectAsync(new Uri($"ws://{baseAddress.Authority}/graphql"), CancellationToken.None);
            await SendAsync(socket, """{"type":"connection_init"}""");
            var buffer = new byte[4096];
            var ack = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (!Encoding.UTF8.GetString(buffer, 0, ack.Count).Contains("connection_ack"))
                throw new InvalidOperationException("No connection_ack: " + Encoding.UTF8.GetString(buffer, 0, ack.Count));
            await SendAsync(socket, Subscription);
            return new Subscriber(socket);
        }

        public Task<long> ArrivalAsync(long version)
        {
            lock (_arrivals) return Slot(version).Task;
        }

        private TaskCompletionSource<long> Slot(long version)
        {
            if (!_arrivals.TryGetValue(version, out var slot))
                _arrivals[version] = slot = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            return slot;
        }

        private async Task ReceiveAsync()
        {
            var buffer = new byte[16 * 1024];
            try
            {
                while (true)
                {
                    var received = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (received.MessageType == WebSocketMessageType.Close) return;
                    var at = Stopwatch.GetTimestamp();
                    using var message = JsonDocument.Parse(buffer.AsMemory(0, received.Count));
                    if (message.RootElement.GetProperty("type").GetString() != "next") continue;
                    var version = message.RootElement.GetProperty("payload").GetProperty("data").GetProperty("graphChanged").GetProperty("graphVersion").GetInt64();
                    lock (_arrivals) Slot(version).TrySetResult(at);
                }
            }
            catch (WebSocketException)
            {
            }
        }

        private static Task SendAsync(ClientWebSocket socket, string text) =>
            socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

        public async ValueTask DisposeAsync()
        {
            try { await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None); } catch (WebSocketException) { }
            await _receiving;
            _socket.Dispose();
        }
    }
}
