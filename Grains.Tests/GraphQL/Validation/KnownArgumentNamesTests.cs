using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>KnownArgumentNames against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class KnownArgumentNamesTests
{
    // Spec section 5.4.1 (Argument Names), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            fragment argOnRequiredArg on Dog {
              doesKnowCommand(dogCommand: SIT)
            }

            fragment argOnOptional on Dog {
              isHouseTrained(atOtherHomes: true) @include(if: true)
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new KnownArgumentNames()));
    }

    // Spec section 5.4.1 (Argument Names), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            fragment invalidArgName on Dog {
              doesKnowCommand(command: CLEAN_UP_HOUSE)
            }
            """;
        Assert.Equal([
                "Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"? (2:19)",
            ], SpecSchema.Errors(document, new KnownArgumentNames()));
    }

    // Spec section 5.4.1 (Argument Names), counter-example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_2()
    {
        const string document = """
            fragment invalidArgName on Dog {
              isHouseTrained(atOtherHomes: true) @include(unless: false)
            }
            """;
        Assert.Equal([
                "Unknown argument \"unless\" on directive \"@include\". (2:47)",
            ], SpecSchema.Errors(document, new KnownArgumentNames()));
    }

    // Spec section 5.4.1 (Argument Names), example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_2()
    {
        const string document = """
            fragment multipleArgs on Arguments {
              multipleRequirements(x: 1, y: 2)
            }

            fragment multipleArgsReverseOrder on Arguments {
              multipleRequirements(y: 2, x: 1)
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new KnownArgumentNames()));
    }
}
