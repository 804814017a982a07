using GraphQL.Language;
using GraphQL.Validation;

namespace GraphQL.Execution;

/// <summary>How a <see cref="RequestExecutor"/> parses, validates, reports errors and caches.</summary>
public sealed record ExecutionOptions
{
    public static ExecutionOptions Default { get; } = new();

    /// <summary>Token and depth limits for parsing; tighten them for a public endpoint.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>
    /// Extra rules (depth or cost limits, for example) run together with the spec's rules. Each
    /// factory is called once per validation, because rules keep per-run state.
    /// </summary>
    public IReadOnlyList<Func<ValidationRule>> AdditionalValidationRules { get; init; } = [];

    /// <summary>Validation stops after this many errors (graphql-js's default is 100).</summary>
    public int MaxValidationErrors { get; init; } = DocumentValidator.DefaultMaxErrors;

    /// <summary>
    /// Turns an unexpected resolver exception (anything but <see cref="GraphQLException"/>) into
    /// the error the client sees. The executor adds locations and path when the error has none.
    /// Null: "Unexpected Execution Error" with code INTERNAL_SERVER_ERROR, nothing of the exception shown.
    /// </summary>
    public Func<Exception, GraphQLError>? ErrorFilter { get; init; }

    /// <summary>
    /// Adds <c>extensions.exception</c> (type, message, stack trace) to errors from unexpected
    /// exceptions. For development only: it shows internals to the client.
    /// </summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>Services for requests that bring none.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>How many distinct query texts keep their parsed and validated document.</summary>
    public int DocumentCacheSize { get; init; } = 1000;
}
