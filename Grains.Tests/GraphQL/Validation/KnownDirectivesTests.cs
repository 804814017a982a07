using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>KnownDirectives against the examples of the September 2025 spec, section 5.</summary>
public sealed class KnownDirectivesTests
{
    // Spec section 5.7.2 (Directives Are in Valid Locations), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            query @skip(if: $foo) {
              field
            }
            """;
        Assert.Equal([
                "Directive \"@skip\" may not be used on QUERY. (1:7)",
            ], SpecSchema.Errors(document, new KnownDirectives()));
    }
}
