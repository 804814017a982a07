namespace Network.Api.Transport.Http;

/// <summary>The extensions.code of errors the HTTP transport raises before the executor runs.</summary>
public static class HttpErrorCodes
{
    /// <summary>Not a well-formed GraphQL-over-HTTP request: no query, or a parameter of the wrong type.</summary>
    public const string InvalidRequest = "INVALID_REQUEST";

    /// <summary>The body, or the variables or extensions of a GET, is not valid JSON.</summary>
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>The document is larger than RequestLimits.MaxDocumentBytes.</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>The request body is larger than RequestLimits.MaxRequestBytes.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    public const string NotAcceptable = "NOT_ACCEPTABLE";

    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
