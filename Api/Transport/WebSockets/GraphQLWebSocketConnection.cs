using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Network.Api.Schema.Live;
using Network.Grains.Common;
using Network.Silo.Live;

namespace Network.Api.Transport.WebSockets;

/// <summary>
/// One socket speaking graphql-transport-ws (github.com/enisdenjo/graphql-ws, PROTOCOL.md): connection_init within the
/// timeout, then any number of operations multiplexed by id, each run by the executor; queries and mutations answer with
/// one next and complete, subscriptions with a next per event. Request errors (syntax, validation, variables) get an
/// error message and leave the connection open; only protocol violations close it, with the protocol's codes.
/// </summary>
internal sealed class GraphQLWebSocketConnection(WebSocket socket, HttpContext http, LiveTransportOptions options, int maxMessageBytes, ILogger logger)
{
    public const string TooManySubscriptions = "TOO_MANY_SUBSCRIPTIONS";

    private readonly SemaphoreSlim _send = new(1, 1);
    // _closing stops operations and the init timer; _abort stops receiving, which only a vanished client or a close that
    // the client never answers needs (cancelling a receive aborts the socket, and the close frame with it).
    private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private readonly CancellationTokenSource _abort = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private readonly Dictionary<string, CancellationTokenSource> _operations = [];
    private int _initReceived;
    private volatile bool _acknowledged;
    private int _closed;

    public async Task RunAsync()
    {
        _ = CloseIfNotInitialisedAsync();
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await socket.ReceiveAsync(buffer.GetMemory(4096), _abort.Token);
                    buffer.Advance(received.Count);
                    if (buffer.WrittenCount > maxMessageBytes)
                    {
                        await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, $"Messages are limited to {maxMessageBytes} bytes.");
                        return;
                    }
                } while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close);

                if (received.MessageType == WebSocketMessageType.Close) break;
                if (Volatile.Read(ref _closed) == 0) await HandleAsync(buffer.WrittenMemory); // after our close, only its answer matters

            }
        }
        catch (OperationCanceledException)
        {
            // Aborted: the client vanished, or never answered our close.
        }
        catch (WebSocketException)
        {
            // The client went away without a close handshake.
        }
        finally
        {
            _closing.Cancel();
            CancelAll();
            if (socket.State == WebSocketState.CloseReceived && Interlocked.Exchange(ref _closed, 1) == 0)
            {
                try { await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None); } catch (WebSocketException) { }
            }
        }
    }

    private async Task CloseIfNotInitialisedAsync()
    {
        try { await Task.Delay(options.ConnectionInitTimeout, _closing.Token); }
        catch (OperationCanceledException) { return; }
        if (Volatile.Read(ref _initReceived) == 0) await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> message)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(message); }
        catch (JsonException)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received: not JSON");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received: a message is an object with a string type");
                return;
            }

            switch (type.GetString())
            {
                case "connection_init":
                    if (!OptionalObject(root, "payload"))
                    {
                        await CloseAsync(CloseCodes.BadRequest, "Invalid message received: connection_init payload must be an object");
                        return;
                    }
                    if (Interlocked.Exchange(ref _initReceived, 1) == 1)
                    {
                        await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
                        return;
                    }
                    _acknowledged = true;
                    await SendAsync(w => w.WriteString("type", "connection_ack"));
                    return;
                case "ping":
                    if (!OptionalObject(root, "payload"))
                    {
                        await CloseAsync(CloseCodes.BadRequest, "Invalid message received: ping payload must be an object");
                        return;
                    }
                    var payload = root.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object ? p.Clone() : (JsonElement?)null;
                    await SendAsync(w =>
                    {
                        w.WriteString("type", "pong");
                        if (payload is { } value)
                        {
                            w.WritePropertyName("payload");
                            value.WriteTo(w);
                        }
                    });
                    return;
                case "pong":
                    return;
                case "subscribe":
                    await SubscribeAsync(root);
                    return;
                case "complete":
                    if (!root.TryGetProperty("id", out var completeId) || completeId.ValueKind != JsonValueKind.String || completeId.GetString() is not { Length: > 0 } completed)
                    {
                        await CloseAsync(CloseCodes.BadRequest, "Invalid message received: complete needs an id");
                        return;
                    }
                    // An unknown id is an operation that already ended: the protocol says to ignore it.
                    CancellationTokenSource? operation;
                    lock (_operations) _operations.Remove(completed, out operation);
                    operation?.Cancel();
                    return;
                default:
                    await CloseAsync(CloseCodes.BadRequest, $"Invalid message received: unexpected type '{type.GetString()}'");
                    return;
            }
        }
    }

    private async Task SubscribeAsync(JsonElement root)
    {
        if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String || idElement.GetString() is not { Length: > 0 } id
            || !root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String
            || !OptionalString(payload, "operationName") || !OptionalObject(payload, "variables") || !OptionalObject(payload, "extensions"))
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received: subscribe needs an id and a payload with a string query");
            return;
        }
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        var request = new GraphQLRequest(query.GetString(),
            payload.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
            Map(payload, "variables"), Map(payload, "extensions"));
        var operation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        bool tooMany;
        lock (_operations)
        {
            if (_operations.ContainsKey(id))
            {
                operation.Dispose();
                operation = null;
                tooMany = false;
            }
            else
            {
                tooMany = _operations.Count >= options.MaxSubscriptionsPerConnection;
                if (!tooMany) _operations[id] = operation;
            }
        }
        if (operation is null)
        {
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }
        if (tooMany)
        {
            operation.Dispose();
            await SendErrorAsync(id, [GraphQLError.WithCode(
                $"This connection already runs {options.MaxSubscriptionsPerConnection} operations, the most it may; complete one first.", TooManySubscriptions)]);
            return;
        }

        _ = RunOperationAsync(id, request, operation);
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource operation)
    {
        var token = operation.Token;
        try
        {
            await using var scope = http.RequestServices.CreateAsyncScope();
            request = request with
            {
                Services = scope.ServiceProvider,
                ContextData = new Dictionary<string, object?>
                {
                    [LiveSubscriberHooks.OverflowKey] = (Action)(() => _ = CloseAsync(CloseCodes.SlowSubscriber,
                        "Subscriber too slow: it took no event while its buffer was full; reconnect and resume with since")),
                },
            };
            var result = await scope.ServiceProvider.GetRequiredService<IRequestExecutor>().ExecuteAsync(request, token);
            if (result.RequestError != RequestErrorKind.None)
            {
                if (!token.IsCancellationRequested) await SendErrorAsync(id, result.Errors ?? []);
                return;
            }
            if (result.Stream is null)
            {
                if (!token.IsCancellationRequested) await SendNextAsync(id, result);
            }
            else
            {
                await foreach (var next in result.Stream.WithCancellation(token))
                {
                    if (token.IsCancellationRequested) break;
                    await SendNextAsync(id, next);
                }
            }
            if (!token.IsCancellationRequested) await SendAsync(w => { w.WriteString("id", id); w.WriteString("type", "complete"); });
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (GraphException stopped) when (stopped.Code == LiveErrorCodes.FeedStopped)
        {
            await CloseAsync(CloseCodes.GoingAway, "The service is stopping");
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException)
        {
            // The socket is gone; the receive loop ends the connection.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Operation {Id} on a GraphQL WebSocket failed.", id);
            try { await SendErrorAsync(id, [GraphQLError.WithCode("Unexpected Execution Error", GraphQL.Execution.ErrorCodes.InternalServerError)]); }
            catch (Exception) when (_closing.IsCancellationRequested) { }
        }
        finally
        {
            lock (_operations)
            {
                if (_operations.TryGetValue(id, out var current) && current == operation) _operations.Remove(id);
            }
            operation.Dispose();
        }
    }

    private Task SendNextAsync(string id, ExecutionResult result) => SendAsync(w =>
    {
        w.WriteString("id", id);
        w.WriteString("type", "next");
        w.WritePropertyName("payload");
        ExecutionResultJson.Write(w, result);
    });

    private Task SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors) => SendAsync(w =>
    {
        w.WriteString("id", id);
        w.WriteString("type", "error");
        w.WritePropertyName("payload");
        w.WriteStartArray();
        foreach (var error in errors) ExecutionResultJson.WriteError(w, error);
        w.WriteEndArray();
    });

    /// <summary>One message at a time: WebSocket sends must not overlap. Waits while the client does not read.</summary>
    private async Task SendAsync(Action<Utf8JsonWriter> write)
    {
        if (Volatile.Read(ref _closed) == 1) return;
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        await _send.WaitAsync(CancellationToken.None);
        try
        {
            if (Volatile.Read(ref _closed) == 1) return;
            await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>
    /// Closes with <paramref name="code"/>, once: operations stop, then the close frame goes out after any message being
    /// sent (a slow subscriber's socket may be full: after <see cref="LiveTransportOptions.CloseTimeout"/> it is aborted).
    /// </summary>
    public async Task CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1) return;
        CancelAll();
        using var timeout = new CancellationTokenSource(options.CloseTimeout);
        try
        {
            await _send.WaitAsync(timeout.Token);
            try
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            }
            finally
            {
                _send.Release();
            }
            _abort.CancelAfter(options.CloseTimeout); // the client has this long to answer the close
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            socket.Abort();
        }
        finally
        {
            _closing.Cancel();
        }
    }

    private void CancelAll()
    {
        CancellationTokenSource[] operations;
        lock (_operations)
        {
            operations = [.. _operations.Values];
            _operations.Clear();
        }
        foreach (var operation in operations)
        {
            try { operation.Cancel(); } catch (ObjectDisposedException) { }
        }
    }

    private static bool OptionalObject(JsonElement parent, string name) =>
        !parent.TryGetProperty(name, out var value) || value.ValueKind is JsonValueKind.Object or JsonValueKind.Null;

    private static bool OptionalString(JsonElement parent, string name) =>
        !parent.TryGetProperty(name, out var value) || value.ValueKind is JsonValueKind.String or JsonValueKind.Null;

    private static Dictionary<string, object?>? Map(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object) return null;
        var reader = new Utf8JsonReader(JsonSerializer.SerializeToUtf8Bytes(value));
        reader.Read();
        return Http.JsonValues.ReadMap(ref reader);
    }
}
