namespace GraphQL.Execution;

/// <summary>
/// The response to a request (spec section 7.1). When execution never started (a request error:
/// syntax, validation, variable coercion, a refused operation) <see cref="HasData"/> is false and
/// the serialized response has no "data" entry; transports pick status codes from
/// <see cref="RequestError"/>. A subscription's result carries <see cref="Stream"/> instead of data.
/// </summary>
public sealed class ExecutionResult
{
    /// <summary>The data entry: an ordered map of response keys to result values, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    /// <summary>True when the response has a "data" entry (possibly null).</summary>
    public bool HasData { get; init; }

    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Why execution did not start; <see cref="RequestErrorKind.None"/> when it did.</summary>
    public RequestErrorKind RequestError { get; init; }

    /// <summary>For a subscription: one result per source event (spec section 6.2.3).</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; init; }

    public static ExecutionResult FromRequestError(RequestErrorKind kind, params GraphQLError[] errors) =>
        new() { RequestError = kind, Errors = errors };
}

/// <summary>The kinds of request error (spec section 7.1.2), for transports to map to status codes.</summary>
public enum RequestErrorKind
{
    None,

    /// <summary>No query, or not a string; too large a document.</summary>
    InvalidRequest,

    /// <summary>The document does not parse (or exceeds the parser's limits).</summary>
    SyntaxError,

    /// <summary>The document fails validation, including depth and cost limits.</summary>
    ValidationError,

    /// <summary>The operation named does not exist, or none was named among several.</summary>
    UnknownOperation,

    /// <summary>The operation's type is not allowed for this request (a mutation over GET).</summary>
    OperationNotAllowed,

    /// <summary>The variables do not coerce (spec section 6.4.1 CoerceVariableValues).</summary>
    VariableCoercionError,
}
