using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Execution;

/// <summary>
/// Runs requests against one schema (spec section 6.1 ExecuteRequest): parse and validate (both
/// cached by query text), select the operation, check it is allowed, coerce the variables, then
/// execute. Request errors come back as results without data, with a
/// <see cref="RequestErrorKind"/> for the transport; field errors come back with the data.
/// </summary>
public sealed partial class RequestExecutor : IRequestExecutor
{
    private readonly DocumentCache _documents;

    public RequestExecutor(Schema schema, ExecutionOptions? options = null)
    {
        Schema = schema;
        Options = options ?? ExecutionOptions.Default;
        _documents = new DocumentCache(Options.DocumentCacheSize);
    }

    public Schema Schema { get; }

    public ExecutionOptions Options { get; }

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ValueTask<ExecutionResult> result;
        try
        {
            result = ExecuteCoreAsync(request, cancellationToken);
        }
        catch (Exception error)
        {
            // A failure of the executor itself (or of an additional validation rule) faults the
            // task rather than throwing from the call, as any async method would.
            return Task.FromException<ExecutionResult>(error);
        }

        return result.IsCompletedSuccessfully ? Task.FromResult(result.Result) : result.AsTask();
    }

    private ValueTask<ExecutionResult> ExecuteCoreAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return new(ExecutionResult.FromRequestError(
                RequestErrorKind.InvalidRequest,
                GraphQLError.WithCode("A query is required: the request has no document, or a blank one.", ErrorCodes.InvalidRequest)));
        }

        CachedDocument document = GetDocument(request.Query);
        if (document.Errors is { } documentErrors)
        {
            return new(new ExecutionResult { RequestError = document.ErrorKind, Errors = documentErrors });
        }

        if (SelectOperation(document, request.OperationName, out GraphQLError? operationError) is not { } operation)
        {
            return new(ExecutionResult.FromRequestError(RequestErrorKind.UnknownOperation, operationError!));
        }

        if (!IsAllowed(operation.Operation, request.AllowedOperations))
        {
            string type = OperationTypeName(operation.Operation);
            return new(ExecutionResult.FromRequestError(
                RequestErrorKind.OperationNotAllowed,
                GraphQLError.WithCode($"Operations of type \"{type}\" are not allowed for this request.", ErrorCodes.OperationNotAllowed, Locations.Of(operation))));
        }

        ObjectType? rootType = Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            // Validation (KnownOperationTypes) rules this out; checked because execution needs a root.
            return new(ExecutionResult.FromRequestError(
                RequestErrorKind.ValidationError,
                GraphQLError.WithCode($"The schema does not support {OperationTypeName(operation.Operation)} operations.", ErrorCodes.ValidationFailed, Locations.Of(operation))));
        }

        IReadOnlyDictionary<string, object?>? variables = VariableValues.Coerce(Schema, operation, request.Variables, out List<GraphQLError>? variableErrors);
        if (variables is null)
        {
            return new(new ExecutionResult { RequestError = RequestErrorKind.VariableCoercionError, Errors = variableErrors });
        }

        PlanCache plans = document.SharedPlans ?? new PlanCache(Schema, document.Fragments, variables);
        IServiceProvider services = request.Services ?? Options.Services ?? EmptyServices.Instance;
        var context = new OperationContext(Schema, Options, plans, operation, variables, request, services, cancellationToken);
        SelectionPlan rootPlan = plans.GetRootPlan(operation, rootType);
        return operation.Operation switch
        {
            OperationType.Mutation => ExecuteSeriallyAsync(context, rootPlan),
            OperationType.Subscription => SubscribeAsync(context, rootPlan),
            _ => ExecuteConcurrently(context, rootPlan),
        };
    }

    private CachedDocument GetDocument(string query)
    {
        if (_documents.Get(query) is { } cached)
        {
            return cached;
        }

        CachedDocument entry = ParseAndValidate(query);
        _documents.Add(query, entry);
        return entry;
    }

    private CachedDocument ParseAndValidate(string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, Options.ParserOptions);
        }
        catch (GraphQLSyntaxError error)
        {
            return CachedDocument.Failed(
                RequestErrorKind.SyntaxError,
                [GraphQLError.WithCode(error.Message, ErrorCodes.ParseFailed, [new ErrorLocation(error.Line, error.Column)])],
                Schema);
        }

        IReadOnlyList<ValidationRule> rules = SpecifiedRules.Create();
        if (Options.AdditionalValidationRules.Count > 0)
        {
            var all = new List<ValidationRule>(rules);
            foreach (Func<ValidationRule> factory in Options.AdditionalValidationRules)
            {
                all.Add(factory());
            }

            rules = all;
        }

        IReadOnlyList<ValidationError> validationErrors = DocumentValidator.Validate(Schema, document, rules, Options.MaxValidationErrors);
        if (validationErrors.Count == 0)
        {
            return CachedDocument.Valid(document, Schema);
        }

        var errors = new GraphQLError[validationErrors.Count];
        for (int i = 0; i < errors.Length; i++)
        {
            ValidationError error = validationErrors[i];
            var locations = new ErrorLocation[error.Locations.Count];
            for (int j = 0; j < locations.Length; j++)
            {
                locations[j] = new ErrorLocation(error.Locations[j].Line, error.Locations[j].Column);
            }

            errors[i] = GraphQLError.WithCode(error.Message, error.Code ?? ErrorCodes.ValidationFailed, locations.Length > 0 ? locations : null);
        }

        return CachedDocument.Failed(RequestErrorKind.ValidationError, errors, Schema);
    }

    // Spec section 6.1 GetOperation, with graphql-js's messages.
    private static OperationDefinitionNode? SelectOperation(CachedDocument document, string? operationName, out GraphQLError? error)
    {
        error = null;
        if (string.IsNullOrEmpty(operationName))
        {
            if (document.OperationCount == 1)
            {
                return document.FirstOperation;
            }

            error = GraphQLError.WithCode(
                document.OperationCount == 0 ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.",
                ErrorCodes.OperationResolutionFailure);
            return null;
        }

        foreach (DefinitionNode definition in document.Document!.Definitions)
        {
            if (definition is OperationDefinitionNode operation && operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        error = GraphQLError.WithCode($"Unknown operation named \"{operationName}\".", ErrorCodes.OperationResolutionFailure);
        return null;
    }

    private static bool IsAllowed(OperationType type, AllowedOperations allowed) => type switch
    {
        OperationType.Query => (allowed & AllowedOperations.Query) != 0,
        OperationType.Mutation => (allowed & AllowedOperations.Mutation) != 0,
        _ => (allowed & AllowedOperations.Subscription) != 0,
    };

    private static string OperationTypeName(OperationType type) => type switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    // Spec section 6.2.1: query root fields may run in any order, so all are started at once.
    private static ValueTask<ExecutionResult> ExecuteConcurrently(OperationContext context, SelectionPlan rootPlan)
    {
        var data = new ResultMap(rootPlan.Keys, null, 0, false);
        context.ExecuteSelectionSet(data, rootPlan, context.RootValue);
        if (!context.HasOutstandingWork)
        {
            return new(BuildResult(context, data));
        }

        return AwaitRemainingAsync(context, data);
    }

    private static async ValueTask<ExecutionResult> AwaitRemainingAsync(OperationContext context, ResultMap data)
    {
        await context.RunAsync().ConfigureAwait(false);
        return BuildResult(context, data);
    }

    // Spec section 6.2.2: mutation root fields run one after another, each with all it selects.
    private static async ValueTask<ExecutionResult> ExecuteSeriallyAsync(OperationContext context, SelectionPlan rootPlan)
    {
        var data = new ResultMap(rootPlan.Keys, null, 0, false);
        for (int i = 0; i < rootPlan.Fields.Length && !data.IsNulled; i++)
        {
            context.ExecuteField(data, i, rootPlan.Fields[i], context.RootValue);
            if (context.HasOutstandingWork)
            {
                await context.RunAsync().ConfigureAwait(false);
            }
        }

        return BuildResult(context, data);
    }

    private static ExecutionResult BuildResult(OperationContext context, ResultMap data) => new()
    {
        HasData = true,
        Data = context.DataIsNull ? null : data,
        Errors = context.ErrorsOrNull,
    };

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
