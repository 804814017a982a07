using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>Runs requests against one schema: parse (cached), validate (cached), execute.</summary>
public interface IRequestExecutor
{
    Schema Schema { get; }

    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default);
}
