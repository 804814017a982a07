using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>UniqueVariableNames against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class UniqueVariableNamesTests
{
    // Spec section 5.8.1 (Variable Uniqueness), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            query houseTrainedQuery($atOtherHomes: Boolean, $atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """;
        Assert.Equal([
                "There can be only one variable named \"$atOtherHomes\". (1:26, 1:50)",
            ], SpecSchema.Errors(document, new UniqueVariableNames()));
    }

    // Spec section 5.8.1 (Variable Uniqueness), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            query A($atOtherHomes: Boolean) {
              ...HouseTrainedFragment
            }

            query B($atOtherHomes: Boolean) {
              ...HouseTrainedFragment
            }

            fragment HouseTrainedFragment on Query {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new UniqueVariableNames()));
    }
}
