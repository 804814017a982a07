using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>UniqueDirectivesPerLocation against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class UniqueDirectivesPerLocationTests
{
    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_cases()
    {
        const string document = """
            { dog { name @include(if: true) @include(if: false) @skip(if: false) } }
            """;
        Assert.Equal([
                "The directive \"@include\" can only be used once at this location. (1:14, 1:33)",
            ], SpecSchema.Errors(document, new UniqueDirectivesPerLocation()));
    }
}
