using GraphQL.Execution;
using Network.Grains.Common;
using Network.Silo.Projection;

namespace Network.Api.Schema;

/// <summary>
/// Turns what the grains and queries refuse into GraphQL errors with codes. A <see cref="GraphException"/> is the
/// domain's "no, and nothing was written"; its code and input field reach the client. Anything unexpected stays
/// opaque (its details go to the log, not to the client).
/// </summary>
public static class NetworkErrorFilter
{
    public static GraphQLError ToError(Exception exception) => exception switch
    {
        GraphException refused => new GraphQLError(refused.Message, Extensions: refused.Field is null
            ? new Dictionary<string, object?> { ["code"] = refused.Code }
            : new Dictionary<string, object?> { ["code"] = refused.Code, ["field"] = refused.Field }),
        TimeoutException => GraphQLError.WithCode("The request took too long and was abandoned; nothing further was written after the timeout.", "TIMEOUT"),
        OperationCanceledException => GraphQLError.WithCode("The request was cancelled.", "CANCELLED"),
        _ => GraphQLError.WithCode("Unexpected Execution Error", GraphQL.Execution.ErrorCodes.InternalServerError),
    };
}
