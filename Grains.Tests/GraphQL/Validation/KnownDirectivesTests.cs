using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>KnownDirectives against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class KnownDirectivesTests
{
    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_cases()
    {
        const string document = """
            query Q @unknown { dog { name @include(if: true) @deprecated } }
            """;
        Assert.Equal([
                "Unknown directive \"@unknown\". (1:9)",
                "Directive \"@deprecated\" may not be used on FIELD. (1:50)",
            ], SpecSchema.Errors(document, new KnownDirectives()));
    }

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
