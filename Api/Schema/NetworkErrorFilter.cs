using GraphQL.Execution;
using Network.Grains.Common;
using Network.Silo.Projection;
using Orleans.Messaging;
using Orleans.Storage;

namespace Network.Api.Schema;

/// <summary>
/// Turns what the grains and queries refuse into GraphQL errors with codes. A <see cref="GraphException"/> is the
/// domain's "no, and nothing was written"; its code and input field reach the client. Anything unexpected stays
/// opaque (its details go to the log, not to the client). A silo that is gone, or a write refused because its node was
/// moving between silos, says so and asks for a retry.
/// </summary>
public static class NetworkErrorFilter
{
    public static GraphQLError ToError(Exception exception) => exception switch
    {
        GraphException refused => new GraphQLError(refused.Message, Extensions: refused.Field is null
            ? new Dictionary<string, object?> { ["code"] = refused.Code }
            : new Dictionary<string, object?> { ["code"] = refused.Code, ["field"] = refused.Field }),
        SiloUnavailableException => GraphQLError.WithCode(
            "The silo holding this part of the graph is unavailable (it may have just failed, and the cluster is moving its grains); retry shortly. A write may or may not have been applied.",
            "UNAVAILABLE"),
        InconsistentStateException => GraphQLError.WithCode(
            "The node was being moved between silos and this write was refused, so nothing was written; retry it.", Network.Grains.Common.ErrorCodes.Conflict),
        TimeoutException => GraphQLError.WithCode("The request took too long and was abandoned; nothing further was written after the timeout.", "TIMEOUT"),
        OperationCanceledException => GraphQLError.WithCode("The request was cancelled.", "CANCELLED"),
        _ => GraphQLError.WithCode("Unexpected Execution Error", GraphQL.Execution.ErrorCodes.InternalServerError),
    };
}
