namespace GraphQL.Execution;

/// <summary>The values of <c>extensions.code</c> the executor sets on errors (Apollo's names, as HotChocolate uses them).</summary>
public static class ErrorCodes
{
    /// <summary>No query, or a blank one.</summary>
    public const string InvalidRequest = "INVALID_REQUEST";

    /// <summary>The document does not parse or exceeds the parser's limits.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document fails validation (unless the rule set its own code).</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>No operation of the given name, or no name given among several operations.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>The operation's type is not allowed for this request.</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";

    /// <summary>Variable values do not coerce, or an argument value is refused at run time.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>An unexpected exception in a resolver, or a value the schema cannot represent.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
