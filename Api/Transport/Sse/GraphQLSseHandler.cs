using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Validation.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Api.Schema.Live;
using Network.Api.Transport.Http;
using Network.Api.Transport.WebSockets;
using Network.Grains.Common;
using Network.Silo.Live;

namespace Network.Api.Transport.Sse;

/// <summary>
/// GraphQL over Server-Sent Events, distinct connections mode (github.com/enisdenjo/graphql-sse, PROTOCOL.md): a GET or
/// POST with <c>Accept: text/event-stream</c> carries one GraphQL-over-HTTP request; the answer is an event stream of
/// <c>next</c> events (one per result, request errors included, as the protocol asks) ending with <c>complete</c>. The
/// client ends a subscription by closing the connection. A slow subscriber gets a last <c>next</c> with a
/// SLOW_SUBSCRIBER error, then <c>complete</c>.
/// </summary>
public sealed class GraphQLSseHandler(IOptions<LiveTransportOptions> options, IOptions<RequestLimits> limits, ConnectionLimiter connections,
    ILogger<GraphQLSseHandler> logger)
{
    public const string EventStream = "text/event-stream";
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(12);
    private static readonly byte[] CompleteEvent = "event: complete\ndata:\n\n"u8.ToArray();
    private static readonly byte[] KeepAliveComment = ":\n\n"u8.ToArray();

    /// <summary>True for requests this handler serves: they accept an event stream.</summary>
    public static bool Accepts(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains(EventStream, StringComparison.OrdinalIgnoreCase));

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var parsed = isGet
            ? GraphQLHttpRequestParser.ParseQueryString(request.Query, limits.Value.MaxDocumentBytes)
            : await ReadPostAsync(context);
        if (parsed.Request is not { } graphQLRequest)
        {
            // Not a GraphQL request at all: plain HTTP, as GraphQL over HTTP answers it.
            await GraphQLHttpResponseWriter.WriteErrorAsync(context, parsed.Status, ResponseMediaType.Json, parsed.Code!, parsed.Message!);
            return;
        }

        if (!connections.TryEnter())
        {
            context.Response.Headers.RetryAfter = "5";
            await GraphQLHttpResponseWriter.WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, ResponseMediaType.Json,
                "TOO_MANY_CONNECTIONS", "Too many streaming connections are open; try again later.");
            return;
        }

        try
        {
            await StreamAsync(context, graphQLRequest, isGet);
        }
        finally
        {
            connections.Exit();
        }
    }

    private async Task StreamAsync(HttpContext context, GraphQLRequest graphQLRequest, bool isGet)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = EventStream + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync(context.RequestAborted);

        using var operation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var writeLock = new SemaphoreSlim(1, 1);
        var overflowed = 0;
        using var keepAlive = new PeriodicTimer(KeepAlive);
        _ = KeepAliveAsync(keepAlive, response.BodyWriter, writeLock, operation.Token);
        try
        {
            var request = graphQLRequest with
            {
                // GET never mutates (GraphQL over HTTP); subscriptions are what this transport is for.
                AllowedOperations = isGet ? AllowedOperations.Query | AllowedOperations.Subscription : AllowedOperations.All,
                Services = context.RequestServices,
                ContextData = new Dictionary<string, object?>
                {
                    [LiveSubscriberHooks.OverflowKey] = (Action)(() =>
                    {
                        Interlocked.Exchange(ref overflowed, 1);
                        operation.Cancel();
                    }),
                },
            };
            var result = await context.RequestServices.GetRequiredService<IRequestExecutor>().ExecuteAsync(request, operation.Token);
            if (result.Stream is null)
            {
                await WriteAsync(response.BodyWriter, writeLock, NextEvent(result), operation.Token);
            }
            else
            {
                await foreach (var next in result.Stream.WithCancellation(operation.Token))
                    await WriteAsync(response.BodyWriter, writeLock, NextEvent(next), operation.Token);
            }
            await WriteAsync(response.BodyWriter, writeLock, CompleteEvent, operation.Token);
        }
        catch (OperationCanceledException) when (operation.IsCancellationRequested)
        {
            if (Volatile.Read(ref overflowed) == 1 && !context.RequestAborted.IsCancellationRequested)
                await EndSlowSubscriberAsync(response.BodyWriter, writeLock);
        }
        catch (GraphException stopped) when (stopped.Code == LiveErrorCodes.FeedStopped)
        {
            // The service is stopping: end the stream; the client reconnects (to another instance) and resumes with since.
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(e, "A GraphQL event stream failed.");
            var failed = ExecutionResult.FromRequestError(RequestErrorKind.None, GraphQLError.WithCode("Unexpected Execution Error", GraphQL.Execution.ErrorCodes.InternalServerError));
            try
            {
                await WriteAsync(response.BodyWriter, writeLock, NextEvent(failed), context.RequestAborted);
                await WriteAsync(response.BodyWriter, writeLock, CompleteEvent, context.RequestAborted);
            }
            catch (Exception) when (context.RequestAborted.IsCancellationRequested) { }
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
        }
        finally
        {
            await operation.CancelAsync();
        }
    }

    /// <summary>The last words to a slow subscriber; if even they cannot be written in time, the connection is aborted.</summary>
    private async Task EndSlowSubscriberAsync(PipeWriter body, SemaphoreSlim writeLock)
    {
        var error = ExecutionResult.FromRequestError(RequestErrorKind.None, GraphQLError.WithCode(
            "Subscriber too slow: it took no event while its buffer was full; reconnect and resume with since.", LiveErrorCodes.SlowSubscriber));
        using var timeout = new CancellationTokenSource(options.Value.CloseTimeout);
        try
        {
            await WriteAsync(body, writeLock, NextEvent(error), timeout.Token);
            await WriteAsync(body, writeLock, CompleteEvent, timeout.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task KeepAliveAsync(PeriodicTimer timer, PipeWriter body, SemaphoreSlim writeLock, CancellationToken cancellationToken)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
                await WriteAsync(body, writeLock, KeepAliveComment, cancellationToken);
        }
        catch (Exception)
        {
            // The stream ended; so does the keep-alive.
        }
    }

    private static byte[] NextEvent(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.Write("event: next\ndata: "u8);
        using (var writer = new Utf8JsonWriter(buffer)) ExecutionResultJson.Write(writer, result);
        buffer.Write("\n\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static async Task WriteAsync(PipeWriter body, SemaphoreSlim writeLock, byte[] bytes, CancellationToken cancellationToken)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            await body.WriteAsync(bytes, cancellationToken);
            await body.FlushAsync(cancellationToken);
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task<ParsedRequest> ReadPostAsync(HttpContext context)
    {
        if (!MediaTypes.IsJsonRequest(context.Request.ContentType))
            return new ParsedRequest(null, StatusCodes.Status415UnsupportedMediaType, HttpErrorCodes.UnsupportedMediaType,
                $"Send the GraphQL request as {MediaTypes.Json}.");
        var maxBytes = limits.Value.MaxRequestBytes;
        using var body = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            body.Write(buffer, 0, read);
            if (body.Length > maxBytes)
                return new ParsedRequest(null, StatusCodes.Status413PayloadTooLarge, HttpErrorCodes.RequestTooLarge,
                    $"The request body is larger than the maximum of {maxBytes} bytes.");
        }
        return GraphQLHttpRequestParser.ParseJson(new ReadOnlySequence<byte>(body.GetBuffer(), 0, (int)body.Length), limits.Value.MaxDocumentBytes);
    }
}
