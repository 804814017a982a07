using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Network.Api.Transport.Http;

/// <summary>
/// Streams a GraphQL response as JSON straight into the response body's pipe. One
/// <see cref="Utf8JsonWriter"/> per thread is reset onto each response: writing is synchronous, so
/// it is never shared across an await.
/// </summary>
internal static class GraphQLHttpResponseWriter
{
    // The body is JSON, never HTML, so non-ASCII text goes out as UTF-8 rather than \u escapes.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static Utf8JsonWriter? _writer;

    public static Task WriteAsync(HttpContext context, int status, ResponseMediaType mediaType, ExecutionResult result)
    {
        HttpResponse response = context.Response;
        response.StatusCode = status;
        response.ContentType = MediaTypes.ContentType(mediaType);

        Utf8JsonWriter writer = _writer ??= new Utf8JsonWriter(Stream.Null, WriterOptions);
        writer.Reset(response.BodyWriter);
        try
        {
            ExecutionResultJson.Write(writer, result);
            writer.Flush();
        }
        finally
        {
            // Drop the reference to this response's pipe.
            writer.Reset(Stream.Null);
        }

        return FlushAsync(response, context.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext context, int status, ResponseMediaType mediaType, string code, string message) =>
        WriteAsync(context, status, mediaType,
            ExecutionResult.FromRequestError(RequestErrorKind.InvalidRequest, GraphQLError.WithCode(message, code)));

    private static Task FlushAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        ValueTask<System.IO.Pipelines.FlushResult> flush = response.BodyWriter.FlushAsync(cancellationToken);
        return flush.IsCompletedSuccessfully ? Task.CompletedTask : flush.AsTask();
    }
}
