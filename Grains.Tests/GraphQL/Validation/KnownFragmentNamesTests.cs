using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>KnownFragmentNames against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class KnownFragmentNamesTests
{
    // Spec section 5.5.2.1 (Fragment Spread Target Defined), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            {
              dog {
                ...undefinedFragment
              }
            }
            """;
        Assert.Equal([
                "Unknown fragment \"undefinedFragment\". (3:8)",
            ], SpecSchema.Errors(document, new KnownFragmentNames()));
    }
}
