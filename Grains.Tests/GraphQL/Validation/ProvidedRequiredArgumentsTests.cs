using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>ProvidedRequiredArguments against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class ProvidedRequiredArgumentsTests
{
    // Spec section 5.4.2.1 (Required Arguments), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            fragment goodBooleanArg on Arguments {
              booleanArgField(booleanArg: true)
            }

            fragment goodNonNullArg on Arguments {
              nonNullBooleanArgField(nonNullBooleanArg: true)
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new ProvidedRequiredArguments(), new ValuesOfCorrectType()));
    }

    // Spec section 5.4.2.1 (Required Arguments), example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_2()
    {
        const string document = """
            fragment goodBooleanArgDefault on Arguments {
              booleanArgField
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new ProvidedRequiredArguments(), new ValuesOfCorrectType()));
    }

    // Spec section 5.4.2.1 (Required Arguments), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            fragment missingRequiredArg on Arguments {
              nonNullBooleanArgField
            }
            """;
        Assert.Equal([
                "Field \"nonNullBooleanArgField\" argument \"nonNullBooleanArg\" of type \"Boolean!\" is required, but it was not provided. (2:3)",
            ], SpecSchema.Errors(document, new ProvidedRequiredArguments(), new ValuesOfCorrectType()));
    }

    // Spec section 5.4.2.1 (Required Arguments), counter-example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_2()
    {
        const string document = """
            fragment missingRequiredArg on Arguments {
              nonNullBooleanArgField(nonNullBooleanArg: null)
            }
            """;
        Assert.Equal([
                "Expected value of type \"Boolean!\", found null. (2:45)",
            ], SpecSchema.Errors(document, new ProvidedRequiredArguments(), new ValuesOfCorrectType()));
    }
}
