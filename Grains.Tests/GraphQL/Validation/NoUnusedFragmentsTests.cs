using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>NoUnusedFragments against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class NoUnusedFragmentsTests
{
    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_cases()
    {
        const string document = """
            query Q { dog { ...used } }
            fragment used on Dog { ...nested }
            fragment nested on Dog { name }
            fragment unused on Dog { name }
            """;
        Assert.Equal([
                "Fragment \"unused\" is never used. (4:1)",
            ], SpecSchema.Errors(document, new NoUnusedFragments()));
    }
}
