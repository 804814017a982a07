using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>ScalarLeafs against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class ScalarLeafsTests
{
    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_enum()
    {
        const string document = """
            { __schema { types { kind { x } } } }
            """;
        Assert.Equal([
                "Field \"kind\" must not have a selection since type \"__TypeKind!\" has no subfields. (1:27)",
            ], SpecSchema.Errors(document, new ScalarLeafs()));
    }

    // Spec section 5.3.3 (Leaf Field Selections), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            fragment scalarSelection on Dog {
              barkVolume
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new ScalarLeafs()));
    }

    // Spec section 5.3.3 (Leaf Field Selections), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            fragment scalarSelectionsNotAllowedOnInt on Dog {
              barkVolume {
                sinceWhen
              }
            }
            """;
        Assert.Equal([
                "Field \"barkVolume\" must not have a selection since type \"Int\" has no subfields. (2:14)",
            ], SpecSchema.Errors(document, new ScalarLeafs()));
    }

    // Spec section 5.3.3 (Leaf Field Selections), counter-example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_2()
    {
        const string document = """
            query directQueryOnObjectWithoutSubFields {
              human
            }

            query directQueryOnInterfaceWithoutSubFields {
              pet
            }

            query directQueryOnUnionWithoutSubFields {
              catOrDog
            }
            """;
        Assert.Equal([
                "Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"? (2:3)",
                "Field \"pet\" of type \"Pet\" must have a selection of subfields. Did you mean \"pet { ... }\"? (6:3)",
                "Field \"catOrDog\" of type \"CatOrDog\" must have a selection of subfields. Did you mean \"catOrDog { ... }\"? (10:3)",
            ], SpecSchema.Errors(document, new ScalarLeafs()));
    }

    // Spec section 5.3.3 (Leaf Field Selections), example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_2()
    {
        const string document = """
            query directQueryOnObjectWithSubFields {
              human {
                name
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new ScalarLeafs()));
    }
}
