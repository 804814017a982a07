using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>FieldsOnCorrectType against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class FieldsOnCorrectTypeTests
{
    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_typename()
    {
        const string document = """
            { __typename catOrDog { __typename } pet { __typename } __schema { queryType { name } } __type(name: "Dog") { name } dog { __schema { __typename } } }
            """;
        Assert.Equal([
                "Cannot query field \"__schema\" on type \"Dog\". (1:124)",
            ], SpecSchema.Errors(document, new FieldsOnCorrectType()));
    }

    // Spec section 5.3.1 (Field Selections), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            fragment fieldNotDefined on Dog {
              meowVolume
            }

            fragment aliasedLyingFieldTargetNotDefined on Dog {
              barkVolume: kawVolume
            }
            """;
        Assert.Equal([
                "Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"? (2:3)",
                "Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"? (6:3)",
            ], SpecSchema.Errors(document, new FieldsOnCorrectType()));
    }

    // Spec section 5.3.1 (Field Selections), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            fragment interfaceFieldSelection on Pet {
              name
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new FieldsOnCorrectType()));
    }

    // Spec section 5.3.1 (Field Selections), counter-example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_2()
    {
        const string document = """
            fragment definedOnImplementersButNotInterface on Pet {
              nickname
            }
            """;
        Assert.Equal([
                "Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"? (2:3)",
            ], SpecSchema.Errors(document, new FieldsOnCorrectType()));
    }

    // Spec section 5.3.1 (Field Selections), example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_2()
    {
        const string document = """
            fragment inDirectFieldSelectionOnUnion on CatOrDog {
              __typename
              ... on Pet {
                name
              }
              ... on Dog {
                barkVolume
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new FieldsOnCorrectType()));
    }

    // Spec section 5.3.1 (Field Selections), counter-example 3. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_3()
    {
        const string document = """
            fragment directFieldSelectionOnUnion on CatOrDog {
              name
              barkVolume
            }
            """;
        Assert.Equal([
                "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"? (2:3)",
                "Cannot query field \"barkVolume\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Dog\"? (3:3)",
            ], SpecSchema.Errors(document, new FieldsOnCorrectType()));
    }
}
