using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>KnownTypeNames against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class KnownTypeNamesTests
{
    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_variable()
    {
        const string document = """
            query Q($a: Strin, $b: [Dgo!]) { ... on Hmn { __typename } }
            """;
        Assert.Equal([
                "Unknown type \"Strin\". Did you mean \"String\"? (1:13)",
                "Unknown type \"Dgo\". Did you mean \"Dog\"? (1:25)",
                "Unknown type \"Hmn\". Did you mean \"Human\"? (1:41)",
            ], SpecSchema.Errors(document, new KnownTypeNames()));
    }

    // Spec section 5.5.1.2 (Fragment Spread Type Existence), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            fragment correctType on Dog {
              name
            }

            fragment inlineFragment on Dog {
              ... on Dog {
                name
              }
            }

            fragment inlineFragment2 on Dog {
              ... @include(if: true) {
                name
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new KnownTypeNames()));
    }

    // Spec section 5.5.1.2 (Fragment Spread Type Existence), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            fragment notOnExistingType on NotInSchema {
              name
            }

            fragment inlineNotExistingType on Dog {
              ... on NotInSchema {
                name
              }
            }
            """;
        Assert.Equal([
                "Unknown type \"NotInSchema\". Did you mean \"__Schema\"? (1:31)",
                "Unknown type \"NotInSchema\". Did you mean \"__Schema\"? (6:10)",
            ], SpecSchema.Errors(document, new KnownTypeNames()));
    }
}
