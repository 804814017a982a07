using System.Buffers;
using System.Text;
using System.Text.Json;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Network.Api.Transport.Http;

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters (spec section "Request Parameters"): query,
/// operationName, variables, extensions; from a JSON body (POST) or the URL's query component (GET).
/// A null parameter is the same as an absent one; other properties of the body are ignored.
/// </summary>
internal static class GraphQLHttpRequestParser
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    public static ParsedRequest ParseJson(ReadOnlySequence<byte> body, int maxDocumentBytes)
    {
        // RFC 8259 section 8.1 lets a parser ignore a byte order mark; Utf8JsonReader does not.
        if (body.Length >= 3 && body.FirstSpan.Length >= 3 && body.FirstSpan[..3].SequenceEqual("\uFEFF"u8))
        {
            body = body.Slice(3);
        }

        if (body.IsEmpty)
        {
            return ParsedRequest.Fail(HttpErrorCodes.InvalidRequest, "The request body is empty; it must be a JSON object with a \"query\".");
        }

        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        var reader = new Utf8JsonReader(body, ReaderOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                EnsureEnd(ref reader);
                return ParsedRequest.Fail(HttpErrorCodes.InvalidRequest, "The request body must be a JSON object.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("query"u8))
                {
                    reader.Read();
                    if (!TryReadString(ref reader, out query))
                    {
                        return ParsedRequest.Fail(HttpErrorCodes.InvalidRequest, "The \"query\" parameter must be a string.");
                    }
                }
                else if (reader.ValueTextEquals("operationName"u8))
                {
                    reader.Read();
                    if (!TryReadString(ref reader, out operationName))
                    {
                        return ParsedRequest.Fail(HttpErrorCodes.InvalidRequest, "The \"operationName\" parameter must be a string.");
                    }
                }
                else if (reader.ValueTextEquals("variables"u8))
                {
                    reader.Read();
                    if (!TryReadMap(ref reader, out variables))
                    {
                        return ParsedRequest.Fail(HttpErrorCodes.InvalidRequest, "The \"variables\" parameter must be an object.");
                    }
                }
                else if (reader.ValueTextEquals("extensions"u8))
                {
                    reader.Read();
                    if (!TryReadMap(ref reader, out extensions))
                    {
                        return ParsedRequest.Fail(HttpErrorCodes.InvalidRequest, "The \"extensions\" parameter must be an object.");
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            EnsureEnd(ref reader);
        }
        catch (JsonException exception)
        {
            return ParsedRequest.Fail(HttpErrorCodes.InvalidJson, $"The request body is not valid JSON: {exception.Message}");
        }
        catch (InvalidOperationException)
        {
            // The reader checks UTF-8 only when a string is decoded, and says so with this exception.
            return ParsedRequest.Fail(HttpErrorCodes.InvalidJson, "The request body is not valid UTF-8.");
        }

        return Complete(query, operationName, variables, extensions, maxDocumentBytes);
    }

    /// <summary>GET: parameters in the query component; variables and extensions as JSON text.</summary>
    public static ParsedRequest ParseQueryString(IQueryCollection parameters, int maxDocumentBytes)
    {
        string? query = First(parameters, "query");
        string? operationName = First(parameters, "operationName");
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        if (First(parameters, "variables") is { Length: > 0 } variablesJson
            && !TryParseMap(variablesJson, "variables", out variables, out ParsedRequest failed))
        {
            return failed;
        }

        if (First(parameters, "extensions") is { Length: > 0 } extensionsJson
            && !TryParseMap(extensionsJson, "extensions", out extensions, out failed))
        {
            return failed;
        }

        // The spec: an empty operationName is the same as none.
        return Complete(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions, maxDocumentBytes);
    }

    private static ParsedRequest Complete(string? query, string? operationName,
        IReadOnlyDictionary<string, object?>? variables, IReadOnlyDictionary<string, object?>? extensions, int maxDocumentBytes)
    {
        if (query is null)
        {
            return ParsedRequest.Fail(HttpErrorCodes.InvalidRequest, "The request has no \"query\" parameter.");
        }

        // Most characters are one byte; count exactly only when the length says it could matter.
        if (query.Length > maxDocumentBytes / 3 && Encoding.UTF8.GetByteCount(query) > maxDocumentBytes)
        {
            return new ParsedRequest(null, StatusCodes.Status413PayloadTooLarge, HttpErrorCodes.DocumentTooLarge,
                $"The document is larger than the maximum of {maxDocumentBytes} bytes.");
        }

        return new ParsedRequest(new GraphQLRequest(query, operationName, variables, extensions), 0, null, null);
    }

    private static bool TryReadString(ref Utf8JsonReader reader, out string? value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            case JsonTokenType.Null:
                value = null;
                return true;
            default:
                value = null;
                return false;
        }
    }

    private static bool TryReadMap(ref Utf8JsonReader reader, out IReadOnlyDictionary<string, object?>? value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                value = JsonValues.ReadMap(ref reader);
                return true;
            case JsonTokenType.Null:
                value = null;
                return true;
            default:
                value = null;
                return false;
        }
    }

    private static bool TryParseMap(string json, string name, out IReadOnlyDictionary<string, object?>? value, out ParsedRequest failed)
    {
        value = null;
        failed = default;
        int byteCount = Encoding.UTF8.GetByteCount(json);
        byte[] rented = ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            int written = Encoding.UTF8.GetBytes(json, rented);
            var reader = new Utf8JsonReader(rented.AsSpan(0, written), ReaderOptions);
            reader.Read();
            if (!TryReadMap(ref reader, out value))
            {
                reader.Skip();
                EnsureEnd(ref reader);
                failed = ParsedRequest.Fail(HttpErrorCodes.InvalidRequest, $"The \"{name}\" parameter must be a JSON object.");
                return false;
            }

            EnsureEnd(ref reader);
            return true;
        }
        catch (JsonException exception)
        {
            failed = ParsedRequest.Fail(HttpErrorCodes.InvalidJson, $"The \"{name}\" parameter is not valid JSON: {exception.Message}");
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // Anything after the top-level value is malformed JSON; the reader throws on it.
    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            throw new JsonException($"Unexpected content after the JSON value at byte {reader.TokenStartIndex}.");
        }
    }

    private static string? First(IQueryCollection parameters, string name) =>
        parameters.TryGetValue(name, out StringValues values) && values.Count > 0 ? values[0] : null;
}

/// <summary>A request read from HTTP, or why it could not be: status, code and message.</summary>
internal readonly record struct ParsedRequest(GraphQLRequest? Request, int Status, string? Code, string? Message)
{
    public static ParsedRequest Fail(string code, string message) => new(null, StatusCodes.Status400BadRequest, code, message);
}
