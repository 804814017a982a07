using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>NoUnusedVariables against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class NoUnusedVariablesTests
{
    // Spec section 5.8.4 (All Variables Used), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            query variableUnused($atOtherHomes: Boolean) {
              dog {
                isHouseTrained
              }
            }
            """;
        Assert.Equal([
                "Variable \"$atOtherHomes\" is never used in operation \"variableUnused\". (1:22)",
            ], SpecSchema.Errors(document, new NoUnusedVariables()));
    }

    // Spec section 5.8.4 (All Variables Used), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            query variableUsedInFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new NoUnusedVariables()));
    }

    // Spec section 5.8.4 (All Variables Used), counter-example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_2()
    {
        const string document = """
            query variableNotUsedWithinFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedWithoutVariableFragment
              }
            }

            fragment isHouseTrainedWithoutVariableFragment on Dog {
              isHouseTrained
            }
            """;
        Assert.Equal([
                "Variable \"$atOtherHomes\" is never used in operation \"variableNotUsedWithinFragment\". (1:37)",
            ], SpecSchema.Errors(document, new NoUnusedVariables()));
    }

    // Spec section 5.8.4 (All Variables Used), counter-example 3. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_3()
    {
        const string document = """
            query queryWithUsedVar($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query queryWithExtraVar($atOtherHomes: Boolean, $extra: Int) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """;
        Assert.Equal([
                "Variable \"$extra\" is never used in operation \"queryWithExtraVar\". (7:49)",
            ], SpecSchema.Errors(document, new NoUnusedVariables()));
    }
}
