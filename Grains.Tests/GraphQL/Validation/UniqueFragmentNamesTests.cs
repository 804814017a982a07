using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>UniqueFragmentNames against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class UniqueFragmentNamesTests
{
    // Spec section 5.5.1.1 (Fragment Name Uniqueness), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            {
              dog {
                ...fragmentOne
                ...fragmentTwo
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentTwo on Dog {
              owner {
                name
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new UniqueFragmentNames()));
    }

    // Spec section 5.5.1.1 (Fragment Name Uniqueness), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            {
              dog {
                ...fragmentOne
              }
            }

            fragment fragmentOne on Dog {
              name
            }

            fragment fragmentOne on Dog {
              owner {
                name
              }
            }
            """;
        Assert.Equal([
                "There can be only one fragment named \"fragmentOne\". (7:10, 11:10)",
            ], SpecSchema.Errors(document, new UniqueFragmentNames()));
    }
}
