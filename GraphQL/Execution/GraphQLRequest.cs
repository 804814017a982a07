namespace GraphQL.Execution;

/// <summary>
/// One GraphQL request as a transport received it (GraphQL-over-HTTP "GraphQL-over-HTTP request").
/// Variable values are plain JSON values: null, bool, string, int, long, double (or decimal),
/// <c>IReadOnlyList&lt;object?&gt;</c> and <c>IReadOnlyDictionary&lt;string, object?&gt;</c>.
/// </summary>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>Which operation types this request may run; GET allows queries only.</summary>
    public AllowedOperations AllowedOperations { get; init; } = AllowedOperations.All;

    /// <summary>The request's services; the executor's own when null.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Initial state shared by the request's resolvers (for example the viewer).</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }

    /// <summary>The root value handed to root fields as their source.</summary>
    public object? RootValue { get; init; }
}

[Flags]
public enum AllowedOperations
{
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    All = Query | Mutation | Subscription,
}
