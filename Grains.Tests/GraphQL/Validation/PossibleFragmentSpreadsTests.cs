using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>PossibleFragmentSpreads against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class PossibleFragmentSpreadsTests
{
    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_union_interface()
    {
        const string document = """
            { catOrDog { ... on HumanOrAlien { __typename } ... on Pet { name } ... on Sentient { name } } }
            """;
        Assert.Equal([
                "Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\". (1:14)",
                "Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Sentient\". (1:69)",
            ], SpecSchema.Errors(document, new PossibleFragmentSpreads()));
    }

    // Spec section 5.5.2.3.1 (Object Spreads in Object Scope), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            fragment dogFragment on Dog {
              ... on Dog {
                barkVolume
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new PossibleFragmentSpreads()));
    }

    // Spec section 5.5.2.3.1 (Object Spreads in Object Scope), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            fragment catInDogFragmentInvalid on Dog {
              ... on Cat {
                meowVolume
              }
            }
            """;
        Assert.Equal([
                "Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\". (2:3)",
            ], SpecSchema.Errors(document, new PossibleFragmentSpreads()));
    }

    // Spec section 5.5.2.3.2 (Abstract Spreads in Object Scope), example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_2()
    {
        const string document = """
            fragment petNameFragment on Pet {
              name
            }

            fragment interfaceWithinObjectFragment on Dog {
              ...petNameFragment
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new PossibleFragmentSpreads()));
    }

    // Spec section 5.5.2.3.2 (Abstract Spreads in Object Scope), example 3. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_3()
    {
        const string document = """
            fragment catOrDogNameFragment on CatOrDog {
              ... on Cat {
                meowVolume
              }
            }

            fragment unionWithObjectFragment on Dog {
              ...catOrDogNameFragment
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new PossibleFragmentSpreads()));
    }

    // Spec section 5.5.2.3.3 (Object Spreads in Abstract Scope), example 4. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_4()
    {
        const string document = """
            fragment petFragment on Pet {
              name
              ... on Dog {
                barkVolume
              }
            }

            fragment catOrDogFragment on CatOrDog {
              ... on Cat {
                meowVolume
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new PossibleFragmentSpreads()));
    }

    // Spec section 5.5.2.3.3 (Object Spreads in Abstract Scope), counter-example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_2()
    {
        const string document = """
            fragment sentientFragment on Sentient {
              ... on Dog {
                barkVolume
              }
            }

            fragment humanOrAlienFragment on HumanOrAlien {
              ... on Cat {
                meowVolume
              }
            }
            """;
        Assert.Equal([
                "Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Dog\". (2:3)",
                "Fragment cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Cat\". (8:3)",
            ], SpecSchema.Errors(document, new PossibleFragmentSpreads()));
    }

    // Spec section 5.5.2.3.4 (Abstract Spreads in Abstract Scope), example 5. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_5()
    {
        const string document = """
            fragment unionWithInterface on Pet {
              ...dogOrHumanFragment
            }

            fragment dogOrHumanFragment on DogOrHuman {
              ... on Dog {
                barkVolume
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new PossibleFragmentSpreads()));
    }

    // Spec section 5.5.2.3.4 (Abstract Spreads in Abstract Scope), counter-example 3. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_3()
    {
        const string document = """
            fragment nonIntersectingInterfaces on Pet {
              ...sentientFragment
            }

            fragment sentientFragment on Sentient {
              name
            }
            """;
        Assert.Equal([
                "Fragment \"sentientFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Sentient\". (2:3)",
            ], SpecSchema.Errors(document, new PossibleFragmentSpreads()));
    }
}
