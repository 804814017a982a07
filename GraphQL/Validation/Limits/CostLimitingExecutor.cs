using System.Collections.Concurrent;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Limits;

/// <summary>
/// Applies the cost limit to operations whose list sizes depend on variables, with the request's
/// values, which validation (cached per document, where <see cref="CostLimitRule"/> runs) cannot
/// see: <c>users(first: $n)</c> costs what <c>$n</c> says (absent: the variable's default, else the
/// field's assumed size). Other documents go straight to the inner executor after one cache lookup
/// by query text. A refused request executes nothing and gets a validation error with code
/// COST_LIMIT_EXCEEDED; a document that is invalid anyway is left to the inner executor, so the
/// client sees the real errors.
/// </summary>
public sealed class CostLimitingExecutor(IRequestExecutor inner, RequestLimits limits) : IRequestExecutor
{
    // Query text -> its document when some operation's cost depends on variables, else null.
    private readonly ConcurrentDictionary<string, DocumentNode?> _plans = new(StringComparer.Ordinal);
    private readonly ParserOptions _parserOptions = new() { MaxTokens = limits.MaxTokens };

    /// <summary>How many query texts keep their analysis; the cache starts over when full.</summary>
    public int CacheSize { get; init; } = 1000;

    public Schema Schema => inner.Schema;

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Query is { } query
            && VariableDependentDocument(query) is { } document
            && SelectOperation(document, request.OperationName) is { } operation)
        {
            CostEstimate estimate;
            try
            {
                estimate = CostAnalyzer.Analyze(Schema, document, operation, request.Variables, limits.Cost);
            }
            catch (InsufficientExecutionStackException)
            {
                // CostLimitRule refuses such a document during validation.
                return inner.ExecuteAsync(request, cancellationToken);
            }

            if (estimate.Total > limits.MaxCost && DocumentValidator.Validate(Schema, document).Count == 0)
            {
                GraphQLError error = GraphQLError.WithCode(CostLimitRule.CostMessage(estimate, limits.MaxCost), LimitErrorCodes.CostLimitExceeded,
                    [new ErrorLocation(operation.Location.Line, operation.Location.Column)]);
                return Task.FromResult(ExecutionResult.FromRequestError(RequestErrorKind.ValidationError, error));
            }
        }

        return inner.ExecuteAsync(request, cancellationToken);
    }

    private DocumentNode? VariableDependentDocument(string query)
    {
        if (_plans.TryGetValue(query, out DocumentNode? known))
        {
            return known;
        }

        DocumentNode? plan = null;
        if (query.Length <= limits.MaxDocumentBytes)
        {
            try
            {
                DocumentNode document = Parser.Parse(query, _parserOptions);
                if (document.HasVariables && AnyDependsOnVariables(document))
                {
                    plan = document;
                }
            }
            catch (Exception exception) when (exception is GraphQLSyntaxError or InsufficientExecutionStackException)
            {
                // The inner executor reports it.
            }
        }

        if (_plans.Count >= CacheSize)
        {
            _plans.Clear();
        }

        _plans.TryAdd(query, plan);
        return plan;
    }

    private bool AnyDependsOnVariables(DocumentNode document)
    {
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation
                && CostAnalyzer.Analyze(Schema, document, operation, null, limits.Cost).DependsOnVariables)
            {
                return true;
            }
        }

        return false;
    }

    // Spec section 6.1 GetOperation; an unresolvable choice is the inner executor's error to report.
    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        return found;
    }
}
