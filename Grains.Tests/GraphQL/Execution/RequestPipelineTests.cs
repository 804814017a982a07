using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Validation;

namespace Grains.Tests.GraphQL.Execution;

/// <summary>
/// Spec section 6.1 (ExecuteRequest, GetOperation) and 7.1.2 (request errors): what comes back
/// before execution starts. Messages and locations were produced by graphql-js 16.15.0 where it
/// has the case; the codes and kinds are ours.
/// </summary>
public class RequestPipelineTests
{
    private static readonly Schema Schema = CreateSchema();

    private static Schema CreateSchema()
    {
        Schema schema = SchemaBuilder.Build("type Query { a: String } type Mutation { m: String } type Subscription { s: String }");
        ((ObjectType)schema.QueryType!).GetField("a")!.Resolver = _ => new ValueTask<object?>("A");
        ((ObjectType)schema.MutationType!).GetField("m")!.Resolver = _ => new ValueTask<object?>("M");
        return schema;
    }

    private static Task<ExecutionResult> Execute(GraphQLRequest request, ExecutionOptions? options = null) =>
        new RequestExecutor(Schema, options).ExecuteAsync(request);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public async Task A_missing_or_blank_query_is_an_invalid_request(string? query)
    {
        ExecutionResult result = await Execute(new GraphQLRequest(query));
        Assert.Equal(RequestErrorKind.InvalidRequest, result.RequestError);
        Assert.False(result.HasData);
        Assert.Equal(ErrorCodes.InvalidRequest, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task A_syntax_error_has_its_location_and_no_data()
    {
        ExecutionResult result = await Execute(new GraphQLRequest("{ a "));
        Assert.Equal(RequestErrorKind.SyntaxError, result.RequestError);
        Assert.Equal(Run.Q("{'errors':[{'message':'Syntax Error: Expected Name, found <EOF>.','locations':[{'line':1,'column':5}],'extensions':{'code':'GRAPHQL_PARSE_FAILED'}}]}"), Run.ToJson(result));
    }

    [Fact]
    public async Task Parser_limits_come_from_the_options()
    {
        var options = new ExecutionOptions { ParserOptions = new ParserOptions { MaxDepth = 2 } };
        ExecutionResult result = await Execute(new GraphQLRequest("{ a { b { c } } }"), options);
        Assert.Equal(RequestErrorKind.SyntaxError, result.RequestError);
        Assert.Equal(ErrorCodes.ParseFailed, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task A_validation_error_is_reported_with_its_code()
    {
        ExecutionResult result = await Execute(new GraphQLRequest("{ b }"));
        Assert.Equal(RequestErrorKind.ValidationError, result.RequestError);
        Assert.Equal(Run.Q("{'errors':[{'message':'Cannot query field \\'b\\' on type \\'Query\\'. Did you mean \\'a\\'?','locations':[{'line':1,'column':3}],'extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}}]}"), Run.ToJson(result));
    }

    private sealed class NothingToSay : ValidationRule;

    private sealed class NoFieldNamedA : ValidationRule
    {
        public override bool Enter(Node node, ValidationContext context)
        {
            if (node is FieldNode { Name.Value: "a" } field)
            {
                context.ReportError("No a today.", field);
            }

            return true;
        }
    }

    [Fact]
    public async Task Additional_rules_run_with_the_spec_rules_and_their_outcome_is_cached()
    {
        var created = 0;
        var options = new ExecutionOptions { AdditionalValidationRules = [() => { created++; return new NoFieldNamedA(); }] };
        var executor = new RequestExecutor(Schema, options);
        ExecutionResult first = await executor.ExecuteAsync(new GraphQLRequest("{ a }"));
        ExecutionResult second = await executor.ExecuteAsync(new GraphQLRequest("{ a }"));
        Assert.Equal(Run.Q("{'errors':[{'message':'No a today.','locations':[{'line':1,'column':3}],'extensions':{'code':'GRAPHQL_VALIDATION_FAILED'}}]}"), Run.ToJson(first));
        Assert.Equal(Run.ToJson(first), Run.ToJson(second));
        Assert.Equal(1, created); // the second request used the cached outcome
    }

    [Fact]
    public async Task The_document_cache_is_bounded_and_keeps_recently_used_documents()
    {
        var validations = 0;
        var options = new ExecutionOptions { DocumentCacheSize = 2, AdditionalValidationRules = [() => { validations++; return new NothingToSay(); }] };
        var executor = new RequestExecutor(Schema, options);
        foreach (string query in new[] { "{ a }", "{ x: a }", "{ a }", "{ y: a }", "{ a }", "{ x: a }" })
        {
            Assert.Null((await executor.ExecuteAsync(new GraphQLRequest(query))).Errors);
        }

        // Validated: "{ a }", "{ x: a }", "{ y: a }" (evicting "{ x: a }", the least recently used), then "{ x: a }" again.
        Assert.Equal(4, validations);
    }

    [Fact]
    public void A_query_whose_resolvers_complete_synchronously_completes_synchronously()
    {
        Task<ExecutionResult> pending = new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest("{ a }"));
        Assert.True(pending.IsCompletedSuccessfully);
    }

    [Theory]
    [InlineData("query A { a } query B { a }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { a }", "C", "Unknown operation named \"C\".")]
    public async Task Operation_selection_errors(string query, string? operationName, string message)
    {
        ExecutionResult result = await Execute(new GraphQLRequest(query, operationName));
        Assert.Equal(RequestErrorKind.UnknownOperation, result.RequestError);
        GraphQLError error = Assert.Single(result.Errors!);
        Assert.Equal(message, error.Message);
        Assert.Equal(ErrorCodes.OperationResolutionFailure, error.Code);
    }

    [Fact]
    public async Task The_named_operation_runs()
    {
        ExecutionResult result = await Execute(new GraphQLRequest("query A { x: a } query B { y: a }", "B"));
        Assert.Equal(Run.Q("{'data':{'y':'A'}}"), Run.ToJson(result));
    }

    [Fact]
    public async Task A_mutation_is_refused_where_only_queries_are_allowed()
    {
        ExecutionResult refused = await Execute(new GraphQLRequest("mutation { m }") { AllowedOperations = AllowedOperations.Query });
        Assert.Equal(RequestErrorKind.OperationNotAllowed, refused.RequestError);
        Assert.False(refused.HasData);
        Assert.Equal(ErrorCodes.OperationNotAllowed, Assert.Single(refused.Errors!).Code);

        ExecutionResult allowed = await Execute(new GraphQLRequest("{ a }") { AllowedOperations = AllowedOperations.Query });
        Assert.Equal(Run.Q("{'data':{'a':'A'}}"), Run.ToJson(allowed));
    }

    [Fact]
    public async Task Execution_that_starts_has_data_even_when_it_is_null()
    {
        Schema schema = SchemaBuilder.Build("type Query { a: String! }");
        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("{ a }"));
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal(RequestErrorKind.None, result.RequestError);
        Assert.StartsWith(Run.Q("{'errors':[{'message':'Cannot return null for non-nullable field Query.a."), Run.ToJson(result));
        Assert.EndsWith(Run.Q("'data':null}"), Run.ToJson(result));
    }

    [Fact]
    public async Task Unexpected_exceptions_go_through_the_error_filter_and_details_are_opt_in()
    {
        Schema schema = SchemaBuilder.Build("type Query { a: String }");
        ((ObjectType)schema.QueryType!).GetField("a")!.Resolver = _ => throw new TimeoutException("db password is hunter2");

        ExecutionResult hidden = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("{ a }"));
        Assert.DoesNotContain("hunter2", Run.ToJson(hidden));
        Assert.Equal(Run.Q("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['a'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'a':null}}"), Run.ToJson(hidden));

        var filtered = new ExecutionOptions { ErrorFilter = e => GraphQLError.WithCode(e is TimeoutException ? "Try again later." : "Oops.", "TIMEOUT") };
        ExecutionResult mapped = await new RequestExecutor(schema, filtered).ExecuteAsync(new GraphQLRequest("{ a }"));
        Assert.Equal(Run.Q("{'errors':[{'message':'Try again later.','locations':[{'line':1,'column':3}],'path':['a'],'extensions':{'code':'TIMEOUT'}}],'data':{'a':null}}"), Run.ToJson(mapped));

        ExecutionResult detailed = await new RequestExecutor(schema, new ExecutionOptions { IncludeExceptionDetails = true }).ExecuteAsync(new GraphQLRequest("{ a }"));
        Assert.Contains("hunter2", Run.ToJson(detailed));
        Assert.Contains("System.TimeoutException", Run.ToJson(detailed));
    }

    [Fact]
    public async Task Resolvers_see_request_services_context_data_and_cancellation()
    {
        Schema schema = SchemaBuilder.Build("type Query { a: String }");
        ((ObjectType)schema.QueryType!).GetField("a")!.Resolver = ctx =>
        {
            ctx.ContextData["seen"] = true;
            return new ValueTask<object?>($"{ctx.Service<string>()} {ctx.ContextData["viewer"]} {ctx.RequestAborted.CanBeCanceled}");
        };
        using var cancellation = new CancellationTokenSource();
        var request = new GraphQLRequest("{ a }") { Services = new OneService("svc"), ContextData = new Dictionary<string, object?> { ["viewer"] = "ann" } };
        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(request, cancellation.Token);
        Assert.Equal(Run.Q("{'data':{'a':'svc ann True'}}"), Run.ToJson(result));
    }

    private sealed class OneService(object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType.IsInstanceOfType(service) ? service : null;
    }
}
