using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>UniqueArgumentNames against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class UniqueArgumentNamesTests
{
    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_cases()
    {
        const string document = """
            { dog { isHouseTrained(atOtherHomes: true, atOtherHomes: false) name @include(if: true, if: false) } }
            """;
        Assert.Equal([
                "There can be only one argument named \"atOtherHomes\". (1:24, 1:44)",
                "There can be only one argument named \"if\". (1:79, 1:89)",
            ], SpecSchema.Errors(document, new UniqueArgumentNames()));
    }
}
