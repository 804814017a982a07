using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>VariablesAreInputTypes against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class VariablesAreInputTypesTests
{
    // Spec section 5.8.2 (Variables Are Input Types), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            query takesBoolean($atOtherHomes: Boolean) {
              dog {
                isHouseTrained(atOtherHomes: $atOtherHomes)
              }
            }

            query takesComplexInput($search: FindDogInput) {
              findDog(searchBy: $search) {
                name
              }
            }

            query TakesListOfBooleanBang($booleans: [Boolean!]) {
              booleanList(booleanListArg: $booleans)
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new VariablesAreInputTypes()));
    }

    // Spec section 5.8.2 (Variables Are Input Types), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            query takesCat($cat: Cat) {
              __typename
            }

            query takesDogBang($dog: Dog!) {
              __typename
            }

            query takesListOfPet($pets: [Pet]) {
              __typename
            }

            query takesCatOrDog($catOrDog: CatOrDog) {
              __typename
            }
            """;
        Assert.Equal([
                "Variable \"$cat\" cannot be non-input type \"Cat\". (1:22)",
                "Variable \"$dog\" cannot be non-input type \"Dog!\". (5:26)",
                "Variable \"$pets\" cannot be non-input type \"[Pet]\". (9:29)",
                "Variable \"$catOrDog\" cannot be non-input type \"CatOrDog\". (13:32)",
            ], SpecSchema.Errors(document, new VariablesAreInputTypes()));
    }
}
