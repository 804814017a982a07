using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>NoUndefinedVariables against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class NoUndefinedVariablesTests
{
    // Spec section 5.8.3 (All Variable Uses Defined), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            query variableIsDefined($atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new NoUndefinedVariables()));
    }

    // Spec section 5.8.3 (All Variable Uses Defined), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            query variableIsNotDefined {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }
            """;
        Assert.Equal([
                "Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefined\". (3:34, 1:1)",
            ], SpecSchema.Errors(document, new NoUndefinedVariables()));
    }

    // Spec section 5.8.3 (All Variable Uses Defined), example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_2()
    {
        const string document = """
            query variableIsDefinedUsedInSingleFragment($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new NoUndefinedVariables()));
    }

    // Spec section 5.8.3 (All Variable Uses Defined), counter-example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_2()
    {
        const string document = """
            query variableIsNotDefinedUsedInSingleFragment {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """;
        Assert.Equal([
                "Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInSingleFragment\". (8:32, 1:1)",
            ], SpecSchema.Errors(document, new NoUndefinedVariables()));
    }

    // Spec section 5.8.3 (All Variable Uses Defined), counter-example 3. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_3()
    {
        const string document = """
            query variableIsNotDefinedUsedInNestedFragment {
              dog {
                ...outerHouseTrainedFragment
              }
            }

            fragment outerHouseTrainedFragment on Dog {
              ...isHouseTrainedFragment
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """;
        Assert.Equal([
                "Variable \"$atOtherHomes\" is not defined by operation \"variableIsNotDefinedUsedInNestedFragment\". (12:32, 1:1)",
            ], SpecSchema.Errors(document, new NoUndefinedVariables()));
    }

    // Spec section 5.8.3 (All Variable Uses Defined), example 3. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_3()
    {
        const string document = """
            query houseTrainedQueryOne($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query houseTrainedQueryTwo($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new NoUndefinedVariables()));
    }

    // Spec section 5.8.3 (All Variable Uses Defined), counter-example 4. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_4()
    {
        const string document = """
            query houseTrainedQueryOne($atOtherHomes: Boolean) {
              dog {
                ...isHouseTrainedFragment
              }
            }

            query houseTrainedQueryTwoNotDefined {
              dog {
                ...isHouseTrainedFragment
              }
            }

            fragment isHouseTrainedFragment on Dog {
              isHouseTrained(atOtherHomes: $atOtherHomes)
            }
            """;
        Assert.Equal([
                "Variable \"$atOtherHomes\" is not defined by operation \"houseTrainedQueryTwoNotDefined\". (14:32, 7:1)",
            ], SpecSchema.Errors(document, new NoUndefinedVariables()));
    }
}
