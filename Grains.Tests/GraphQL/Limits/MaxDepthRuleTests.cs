using System.Text;
using GraphQL.Language;
using GraphQL.Validation;
using GraphQL.Validation.Limits;

namespace Grains.Tests.GraphQL.Limits;

public sealed class MaxDepthRuleTests
{
    [Fact]
    public void A_query_at_the_maximum_depth_passes_and_one_level_more_is_refused_with_its_depth()
    {
        const string atThree = "{ me { best { name } } }";
        const string atFour = "{ me { best { best { name } } } }";

        Assert.Empty(LimitsSchema.Errors(atThree, new MaxDepthRule(3)));
        Assert.Equal(["The query has depth 4, which exceeds the maximum of 3. [MAX_DEPTH_EXCEEDED] (1:1)"],
            LimitsSchema.Errors(atFour, new MaxDepthRule(3)));
    }

    [Fact]
    public void Depth_counts_through_named_and_inline_fragments()
    {
        const string document = """
            query Deep { me { ...Friendly } }
            fragment Friendly on User { best { ... on User { best { ...Named } } } }
            fragment Named on User { best { name } }
            """;

        // me, best, best, best, name.
        Assert.Equal(["The query has depth 5, which exceeds the maximum of 4. [MAX_DEPTH_EXCEEDED] (1:1)"],
            LimitsSchema.Errors(document, new MaxDepthRule(4)));
        Assert.Empty(LimitsSchema.Errors(document, new MaxDepthRule(5)));
    }

    [Fact]
    public void Each_operation_is_measured_on_its_own()
    {
        const string document = """
            query Shallow { me { name } }
            query Deep { me { best { best { name } } } }
            """;

        Assert.Equal(["The query has depth 4, which exceeds the maximum of 3. [MAX_DEPTH_EXCEEDED] (2:1)"],
            LimitsSchema.Errors(document, new MaxDepthRule(3)));
    }

    [Fact]
    public void Introspection_fields_count_and_graphql_js_full_introspection_query_has_depth_15()
    {
        string introspection = Fixture.Read("introspection-query.graphql");

        Assert.Empty(LimitsSchema.Errors(introspection, new MaxDepthRule()));
        Assert.Equal(["The query has depth 15, which exceeds the maximum of 14. [MAX_DEPTH_EXCEEDED] (2:5)"],
            LimitsSchema.Errors(introspection, new MaxDepthRule(14)));
        Assert.Equal(["The query has depth 3, which exceeds the maximum of 2. [MAX_DEPTH_EXCEEDED] (1:1)"],
            LimitsSchema.Errors("{ __schema { queryType { name } } }", new MaxDepthRule(2)));
    }

    [Fact]
    public void Fragment_cycles_end_the_measurement_instead_of_looping()
    {
        const string document = """
            { me { ...A } }
            fragment A on User { best { ...B } }
            fragment B on User { best { ...A } }
            """;

        Assert.Equal(["The query has depth 3, which exceeds the maximum of 2. [MAX_DEPTH_EXCEEDED] (1:1)"],
            LimitsSchema.Errors(document, new MaxDepthRule(2)));
    }

    [Fact]
    public void A_long_chain_of_fragments_is_refused_without_exhausting_the_stack()
    {
        // Each fragment adds one level; the parser limits nesting inside one definition, not chains.
        const int length = 20_000;
        var document = new StringBuilder("{ me { ...F0 } }\n");
        for (int i = 0; i < length; i++)
        {
            document.Append($"fragment F{i} on User {{ best {{ ...F{i + 1} }} }}\n");
        }

        document.Append($"fragment F{length} on User {{ name }}\n");
        var parsed = Parser.Parse(document.ToString(), new ParserOptions { MaxTokens = 1_000_000 });

        ValidationError error = Assert.Single(DocumentValidator.Validate(LimitsSchema.Schema, parsed, [new MaxDepthRule()]));
        Assert.Equal(LimitErrorCodes.MaxDepthExceeded, error.Code);
    }
}
