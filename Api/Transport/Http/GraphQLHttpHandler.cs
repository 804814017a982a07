using System.Buffers;
using System.IO.Pipelines;
using GraphQL.Execution;
using GraphQL.Validation.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Network.Api.Transport.Http;

/// <summary>
/// Serves GraphQL over HTTP at one URL, per the GraphQL-over-HTTP spec: POST with a JSON body,
/// GET for queries, Accept negotiation between application/graphql-response+json and
/// application/json, and status codes by media type. Runs whatever <see cref="IRequestExecutor"/>
/// the request's services provide; it knows nothing of the schema.
/// </summary>
internal sealed class GraphQLHttpHandler(RequestLimits limits)
{
    public async Task HandleAsync(HttpContext context)
    {
        HttpRequest httpRequest = context.Request;
        bool isGet = HttpMethods.IsGet(httpRequest.Method);
        if (!isGet && !HttpMethods.IsPost(httpRequest.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await GraphQLHttpResponseWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, ResponseMediaType.Json,
                HttpErrorCodes.MethodNotAllowed, $"GraphQL requests use GET or POST, not {httpRequest.Method}.");
            return;
        }

        if (!MediaTypes.TryNegotiate(httpRequest.Headers.Accept, out ResponseMediaType mediaType))
        {
            context.Response.Headers.Accept = $"{MediaTypes.GraphQLResponseJsonUtf8}, {MediaTypes.JsonUtf8}";
            await GraphQLHttpResponseWriter.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, ResponseMediaType.Json,
                HttpErrorCodes.NotAcceptable, $"The Accept header allows no type this endpoint serves; accept {MediaTypes.GraphQLResponseJson} or {MediaTypes.Json}.");
            return;
        }

        ParsedRequest parsed = isGet
            ? GraphQLHttpRequestParser.ParseQueryString(httpRequest.Query, limits.MaxDocumentBytes)
            : await ReadPostAsync(context);
        if (parsed.Request is not { } request)
        {
            if (parsed.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                context.Response.Headers.Accept = MediaTypes.Json;
            }

            await GraphQLHttpResponseWriter.WriteErrorAsync(context, parsed.Status, mediaType, parsed.Code!, parsed.Message!);
            return;
        }

        // The spec: GET never runs a mutation; subscriptions need a streaming transport.
        request = request with
        {
            AllowedOperations = isGet ? AllowedOperations.Query : AllowedOperations.Query | AllowedOperations.Mutation,
            Services = context.RequestServices,
        };

        ExecutionResult result;
        try
        {
            IRequestExecutor executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
            result = await executor.ExecuteAsync(request, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger<GraphQLHttpHandler>()
                .LogError(exception, "The GraphQL executor failed on a request to {Path}.", httpRequest.Path);
            await GraphQLHttpResponseWriter.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, mediaType,
                HttpErrorCodes.InternalServerError, "Unexpected Execution Error");
            return;
        }

        if (result.Stream is not null)
        {
            // The executor was told not to start subscriptions here; refuse rather than hang.
            result = ExecutionResult.FromRequestError(RequestErrorKind.OperationNotAllowed,
                GraphQLError.WithCode("Subscriptions are not served over this endpoint's GET or POST.", HttpErrorCodes.MethodNotAllowed));
        }

        int status = StatusFor(result.RequestError, mediaType, isGet);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }

        await GraphQLHttpResponseWriter.WriteAsync(context, status, mediaType, result);
    }

    /// <summary>
    /// GraphQL-over-HTTP section "Status Codes": once execution starts, 200. A request error is
    /// 400 with application/graphql-response+json, and 200 with application/json (whose clients
    /// cannot tell a 4xx of ours from an intermediary's), except that a malformed request is 400
    /// either way and a mutation over GET is 405.
    /// </summary>
    internal static int StatusFor(RequestErrorKind error, ResponseMediaType mediaType, bool isGet) => error switch
    {
        RequestErrorKind.None => StatusCodes.Status200OK,
        RequestErrorKind.InvalidRequest => StatusCodes.Status400BadRequest,
        RequestErrorKind.OperationNotAllowed when isGet => StatusCodes.Status405MethodNotAllowed,
        _ => mediaType == ResponseMediaType.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
    };

    private async Task<ParsedRequest> ReadPostAsync(HttpContext context)
    {
        HttpRequest httpRequest = context.Request;
        if (!MediaTypes.IsJsonRequest(httpRequest.ContentType))
        {
            return new ParsedRequest(null, StatusCodes.Status415UnsupportedMediaType, HttpErrorCodes.UnsupportedMediaType,
                httpRequest.ContentType is null
                    ? $"A POST needs a Content-Type; send the request as {MediaTypes.Json}."
                    : $"Content-Type {httpRequest.ContentType} is not supported; send the request as {MediaTypes.Json} in UTF-8.");
        }

        int maxBytes = limits.MaxRequestBytes;
        if (httpRequest.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        PipeReader body = httpRequest.BodyReader;
        while (true)
        {
            ReadResult read = await body.ReadAsync(context.RequestAborted);
            ReadOnlySequence<byte> buffer = read.Buffer;
            if (buffer.Length > maxBytes)
            {
                body.AdvanceTo(buffer.End);
                return TooLarge(maxBytes);
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                // Parse before handing the buffer back: the request's values are copied out of it.
                ParsedRequest parsed = GraphQLHttpRequestParser.ParseJson(buffer, limits.MaxDocumentBytes);
                body.AdvanceTo(buffer.End);
                return parsed;
            }

            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static ParsedRequest TooLarge(int maxBytes) =>
        new(null, StatusCodes.Status413PayloadTooLarge, HttpErrorCodes.RequestTooLarge,
            $"The request body is larger than the maximum of {maxBytes} bytes.");
}
