using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>LoneAnonymousOperation against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class LoneAnonymousOperationTests
{
    // Spec section 5.2.3.1 (Lone Anonymous Operation), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            {
              dog {
                name
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new LoneAnonymousOperation()));
    }

    // Spec section 5.2.3.1 (Lone Anonymous Operation), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            {
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
                "This anonymous operation must be the only defined operation. (1:1)",
            ], SpecSchema.Errors(document, new LoneAnonymousOperation()));
    }
}
