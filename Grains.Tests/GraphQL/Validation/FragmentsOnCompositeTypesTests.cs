using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>FragmentsOnCompositeTypes against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class FragmentsOnCompositeTypesTests
{
    // Spec section 5.5.1.3 (Fragments on Object, Interface or Union Types), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            fragment fragOnObject on Dog {
              name
            }

            fragment fragOnInterface on Pet {
              name
            }

            fragment fragOnUnion on CatOrDog {
              ... on Dog {
                name
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new FragmentsOnCompositeTypes()));
    }

    // Spec section 5.5.1.3 (Fragments on Object, Interface or Union Types), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            fragment fragOnScalar on Int {
              something
            }

            fragment inlineFragOnScalar on Dog {
              ... on Boolean {
                somethingElse
              }
            }
            """;
        Assert.Equal([
                "Fragment \"fragOnScalar\" cannot condition on non composite type \"Int\". (1:26)",
                "Fragment cannot condition on non composite type \"Boolean\". (6:10)",
            ], SpecSchema.Errors(document, new FragmentsOnCompositeTypes()));
    }
}
