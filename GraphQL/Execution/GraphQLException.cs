namespace GraphQL.Execution;

/// <summary>
/// Thrown by a resolver to report a field error with a code (HotChocolate's GraphQLException).
/// The executor adds the field's location and path; other exceptions go through the error filter.
/// </summary>
public class GraphQLException(string message, string code, IReadOnlyDictionary<string, object?>? extensions = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;

    /// <summary>Extensions besides "code".</summary>
    public IReadOnlyDictionary<string, object?>? ExtraExtensions { get; } = extensions;
}
