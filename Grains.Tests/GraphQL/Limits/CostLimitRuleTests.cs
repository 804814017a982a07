using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Limits;
using GraphQLSchema = GraphQL.Types.Schema;

namespace Grains.Tests.GraphQL.Limits;

public sealed class CostLimitRuleTests
{
    [Fact]
    public void An_operation_over_the_maximum_is_refused_with_its_estimate()
    {
        // 1 + 200 users, each with friends(first: 100): 101, each friend's best: 2.
        const string document = "query Big { search(first: 200) { friends(first: 100) { best { id } } } }";

        Assert.Equal(["The query's estimated cost 60401 exceeds the maximum of 10000. [COST_LIMIT_EXCEEDED] (1:1)"],
            LimitsSchema.Errors(document, new CostLimitRule()));
        Assert.Empty(LimitsSchema.Errors(document, new CostLimitRule(60401)));
    }

    [Fact]
    public void A_missing_required_slicing_argument_is_refused_with_its_own_code()
    {
        Assert.Equal(["Field \"search\" needs exactly one of the slicing arguments first, last. [SLICING_ARGUMENT_REQUIRED] (1:3)"],
            LimitsSchema.Errors("{ search { id } }", new CostLimitRule()));
    }

    [Fact]
    public void An_operation_whose_cost_depends_on_a_variable_is_left_to_the_executor_wrapper()
    {
        // At the assumed size (50) it would cost 1 + 50 + 50 x 301; with n = 3 it costs 907.
        Assert.Empty(LimitsSchema.Errors("query ($n: Int) { search(first: $n) { friends(first: 300) { id } } }", new CostLimitRule()));
    }

    [Fact]
    public async Task Without_a_value_the_executor_wrapper_counts_the_variable_default_or_the_assumed_size()
    {
        var inner = new RecordingExecutor(LimitsSchema.Schema);
        var executor = new CostLimitingExecutor(inner, new RequestLimits());

        // search's assumed size is 50: 1 + 50 + 50 x 301.
        ExecutionResult assumed = await executor.ExecuteAsync(new GraphQLRequest("query ($n: Int) { search(first: $n) { friends(first: 300) { id } } }"));
        ExecutionResult defaulted = await executor.ExecuteAsync(new GraphQLRequest("query ($n: Int = 2) { search(first: $n) { friends(first: 300) { id } } }"));

        Assert.Equal("The query's estimated cost 15101 exceeds the maximum of 10000.", Assert.Single(assumed.Errors!).Message);
        Assert.Equal(RequestErrorKind.None, defaulted.RequestError);
        Assert.Single(inner.Requests);
    }

    [Fact]
    public void Limits_give_the_executor_both_rules_and_the_parser_limits()
    {
        var limits = new RequestLimits { MaxDepth = 2, MaxCost = 3, MaxTokens = 50 };

        var rules = limits.CreateValidationRules().Select(create => create()).ToList();

        Assert.Contains(rules, rule => rule is MaxDepthRule { MaxDepth: 2 });
        Assert.Contains(rules, rule => rule is CostLimitRule { MaxCost: 3 });
        Assert.Equal(50, limits.ToParserOptions().MaxTokens);
    }

    [Fact]
    public async Task The_executor_wrapper_refuses_a_variable_that_makes_the_cost_too_high_and_executes_nothing()
    {
        var inner = new RecordingExecutor(LimitsSchema.Schema);
        var executor = new CostLimitingExecutor(inner, new RequestLimits());
        const string query = "query ($n: Int) { search(first: $n) { friends(first: 100) { id } } }";

        ExecutionResult refused = await executor.ExecuteAsync(new GraphQLRequest(query, Variables: new Dictionary<string, object?> { ["n"] = 1000 }));
        ExecutionResult allowed = await executor.ExecuteAsync(new GraphQLRequest(query, Variables: new Dictionary<string, object?> { ["n"] = 10 }));

        Assert.Equal(RequestErrorKind.ValidationError, refused.RequestError);
        GraphQLError error = Assert.Single(refused.Errors!);
        Assert.Equal("The query's estimated cost 102001 exceeds the maximum of 10000.", error.Message);
        Assert.Equal(LimitErrorCodes.CostLimitExceeded, error.Code);
        Assert.Equal(RequestErrorKind.None, allowed.RequestError);
        Assert.Single(inner.Requests);
    }

    [Fact]
    public async Task The_executor_wrapper_leaves_invalid_documents_and_variable_free_costs_to_the_inner_executor()
    {
        var inner = new RecordingExecutor(LimitsSchema.Schema);
        var executor = new CostLimitingExecutor(inner, new RequestLimits());
        var huge = new Dictionary<string, object?> { ["n"] = 1_000_000 };

        // Invalid: an unknown field, so the client must see the validation error rather than the cost.
        await executor.ExecuteAsync(new GraphQLRequest("query ($n: Int) { search(first: $n) { nope } }", Variables: huge));
        // The variable is not a slicing argument.
        await executor.ExecuteAsync(new GraphQLRequest("query ($n: ID!) { user(id: $n) { id } }", Variables: huge));
        // Does not parse.
        await executor.ExecuteAsync(new GraphQLRequest("query ($n: Int) {", Variables: huge));

        Assert.Equal(3, inner.Requests.Count);
    }

    private sealed class RecordingExecutor(GraphQLSchema schema) : IRequestExecutor
    {
        public List<GraphQLRequest> Requests { get; } = [];

        public GraphQLSchema Schema { get; } = schema;

        public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
        {
            Requests.Add(request);
            return Task.FromResult(new ExecutionResult { HasData = true, Data = new Dictionary<string, object?>() });
        }
    }
}
