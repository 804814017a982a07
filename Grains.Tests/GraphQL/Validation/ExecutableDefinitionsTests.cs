using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>ExecutableDefinitions against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class ExecutableDefinitionsTests
{
    // Spec section 5.1.1 (Executable Definitions), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            query getDogName {
              dog {
                name
                color
              }
            }

            extend type Dog {
              color: String
            }
            """;
        Assert.Equal([
                "The \"Dog\" definition is not executable. (8:1)",
            ], SpecSchema.Errors(document, new ExecutableDefinitions()));
    }
}
