using GraphQL.Validation.Limits;

namespace Grains.Tests.GraphQL.Limits;

/// <summary>
/// The cost model: field cost (weights, once per resolution) plus type cost (objects produced),
/// multiplied through lists. Expected totals are worked out by hand in each test.
/// </summary>
public sealed class CostAnalyzerTests
{
    [Fact]
    public void An_object_field_costs_its_weight_plus_one_object_and_scalars_cost_nothing()
    {
        CostEstimate estimate = LimitsSchema.Estimate("{ me { id name } }");

        Assert.Equal(1, estimate.FieldCost);
        Assert.Equal(1, estimate.TypeCost);
        Assert.Equal(2, estimate.Total);
    }

    [Fact]
    public void A_list_without_list_size_assumes_the_default_size_for_everything_below_it()
    {
        // users: weight 1 + 10 objects; each user's best: 10 x (1 + 1).
        Assert.Equal(31, LimitsSchema.Estimate("{ users { name best { id } } }").Total);

        // A list of scalars produces no objects.
        Assert.Equal(0, LimitsSchema.Estimate("{ tags }").Total);
    }

    [Fact]
    public void A_slicing_argument_sets_the_size_and_the_assumed_size_applies_without_one()
    {
        // 1 + 7 users, each with best (1 + 1).
        Assert.Equal(22, LimitsSchema.Estimate("{ search(first: 7) { best { id } } }").Total);
        Assert.Equal(1 + 50 + 50 * 2, LimitsSchema.Estimate("{ search { best { id } } }").Total);

        // An argument's default counts as given.
        Assert.Equal(1 + 20, LimitsSchema.Estimate("{ page { id } }").Total);
    }

    [Fact]
    public void Nested_lists_multiply()
    {
        // search: 1 + 10; per user friends(first: 100): 1 + 100; per friend best: 2.
        const string document = "{ search(first: 10) { friends(first: 100) { best { id } } } }";

        Assert.Equal(11 + 10 * (101 + 100 * 2), LimitsSchema.Estimate(document).Total);
    }

    [Fact]
    public void Sized_fields_take_the_connection_fields_size()
    {
        // connection: 1 + 1 object; edges and nodes: 1 + 30 each; each edge's node: 2.
        const string document = "{ connection(first: 30) { totalCount edges { cursor node { id } } nodes { id } } }";

        Assert.Equal(2 + 31 + 30 * 2 + 31, LimitsSchema.Estimate(document).Total);
    }

    [Fact]
    public void A_relay_connection_is_sized_by_first_or_last_without_annotation()
    {
        // me: 2; followers: 1 + 1 object; edges: 1 + 40; each edge's node: 2.
        Assert.Equal(2 + 2 + 41 + 40 * 2, LimitsSchema.Estimate("{ me { followers(first: 40) { edges { node { id } } } } }").Total);

        // Without first, its default (20) applies.
        Assert.Equal(2 + 2 + 21, LimitsSchema.Estimate("{ me { followers { nodes { id } } } }").Total);
    }

    [Fact]
    public void A_list_with_first_or_last_is_sliced_by_them_without_annotation()
    {
        Assert.Equal(2 + 1 + 8, LimitsSchema.Estimate("{ me { recent(last: 8) { id } } }").Total);
        Assert.Equal(2 + 1 + 5, LimitsSchema.Estimate("{ me { recent { id } } }").Total);
    }

    [Fact]
    public void Code_can_set_a_fields_cost_where_there_is_no_sdl_to_carry_directives()
    {
        global::GraphQL.Types.Schema schema = global::GraphQL.Types.SchemaBuilder.Build("type Query { items(max: Int): [Item!]! } type Item { id: ID! }");
        CostDirectives.Apply(schema, "Query.items", weight: 5, listSize: new ListSize(7, ["max"], []));
        var document = global::GraphQL.Language.Parser.Parse("{ a: items(max: 30) { id } b: items { id } }");
        var operation = (global::GraphQL.Language.Ast.OperationDefinitionNode)document.Definitions[0];

        CostEstimate estimate = CostAnalyzer.Analyze(schema, document, operation);

        // a: 5 + 30 objects; b: 5 + 7 (the assumed size), and b gives no slicing argument.
        Assert.Equal(5 + 30 + 5 + 7, estimate.Total);
        Assert.Single(estimate.SlicingViolations);
        Assert.Throws<ArgumentException>(() => CostDirectives.Apply(schema, "Query.nope", weight: 1));
    }

    [Fact]
    public void Slicing_argument_paths_reach_into_input_objects()
    {
        Assert.Equal(1 + 40, LimitsSchema.Estimate("{ filtered(filter: { max: 40 }) { id } }").Total);
        Assert.Equal(1 + 10, LimitsSchema.Estimate("{ filtered { id } }").Total);
    }

    [Fact]
    public void Cost_directives_on_fields_and_given_arguments_replace_the_default_weight()
    {
        // report: @cost 25 + 1 object.
        Assert.Equal(26, LimitsSchema.Estimate("{ report { summary } }").Total);
        Assert.Equal(30, LimitsSchema.Estimate("{ report(detailed: true) { summary } }").Total);
    }

    [Fact]
    public void Fragments_count_wherever_they_are_spread()
    {
        const string document = """
            { me { ...Best } search(first: 3) { ...Best } }
            fragment Best on User { best { id } }
            """;

        // me: 2 + 2; search: 1 + 3 + 3 x 2.
        Assert.Equal(4 + 10, LimitsSchema.Estimate(document).Total);
    }

    [Fact]
    public void Variables_give_their_values_when_known_and_their_defaults_or_the_assumed_size_when_not()
    {
        const string document = "query ($n: Int, $m: Int = 5) { search(first: $n) { id } friends: page(first: $m) { id } }";

        CostEstimate atValidation = LimitsSchema.Estimate(document);
        Assert.True(atValidation.DependsOnVariables);
        Assert.Equal(1 + 50 + 1 + 5, atValidation.Total);

        CostEstimate withValues = LimitsSchema.Estimate(document, new Dictionary<string, object?> { ["n"] = 2000L, ["m"] = 3 });
        Assert.Equal(1 + 2000 + 1 + 3, withValues.Total);

        Assert.False(LimitsSchema.Estimate("{ search(first: 4) { id } }").DependsOnVariables);
    }

    [Fact]
    public void Introspection_costs_nothing_because_the_schema_bounds_it()
    {
        Assert.Equal(0, LimitsSchema.Estimate(Fixture.Read("introspection-query.graphql")).Total);
    }

    [Fact]
    public void Required_single_slicing_argument_is_reported_when_none_or_two_are_given()
    {
        Assert.Single(LimitsSchema.Estimate("{ search { id } }").SlicingViolations);
        Assert.Single(LimitsSchema.Estimate("{ search(first: 1, last: 1) { id } }").SlicingViolations);
        Assert.Empty(LimitsSchema.Estimate("{ search(last: 1) { id } }").SlicingViolations);

        // Opted out with requireOneSlicingArgument: false, or satisfied by a default.
        Assert.Empty(LimitsSchema.Estimate("{ connection { totalCount } page { id } }").SlicingViolations);
    }
}
