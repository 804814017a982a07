using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>UniqueOperationNames against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class UniqueOperationNamesTests
{
    // Spec section 5.2.2.1 (Operation Name Uniqueness), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            query getDogName {
              dog {
                name
              }
            }

            query getOwnerName {
              dog {
                owner {
                  name
                }
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new UniqueOperationNames()));
    }

    // Spec section 5.2.2.1 (Operation Name Uniqueness), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            query getName {
              dog {
                name
              }
            }

            query getName {
              dog {
                owner {
                  name
                }
              }
            }
            """;
        Assert.Equal([
                "There can be only one operation named \"getName\". (1:7, 7:7)",
            ], SpecSchema.Errors(document, new UniqueOperationNames()));
    }

    // Spec section 5.2.2.1 (Operation Name Uniqueness), counter-example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_2()
    {
        const string document = """
            query dogOperation {
              dog {
                name
              }
            }

            mutation dogOperation {
              mutateDog {
                id
              }
            }
            """;
        Assert.Equal([
                "There can be only one operation named \"dogOperation\". (1:7, 7:10)",
            ], SpecSchema.Errors(document, new UniqueOperationNames()));
    }
}
