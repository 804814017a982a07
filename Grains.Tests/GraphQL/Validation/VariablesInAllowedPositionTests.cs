using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>VariablesInAllowedPosition against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class VariablesInAllowedPositionTests
{
    // Spec section 5.8.5 (All Variable Usages Are Allowed), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            query intCannotGoIntoBoolean($intArg: Int) {
              arguments {
                booleanArgField(booleanArg: $intArg)
              }
            }
            """;
        Assert.Equal([
                "Variable \"$intArg\" of type \"Int\" used in position expecting type \"Boolean\". (1:30, 3:33)",
            ], SpecSchema.Errors(document, new VariablesInAllowedPosition()));
    }

    // Spec section 5.8.5 (All Variable Usages Are Allowed), counter-example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_2()
    {
        const string document = """
            query booleanListCannotGoIntoBoolean($booleanListArg: [Boolean]) {
              arguments {
                booleanArgField(booleanArg: $booleanListArg)
              }
            }
            """;
        Assert.Equal([
                "Variable \"$booleanListArg\" of type \"[Boolean]\" used in position expecting type \"Boolean\". (1:38, 3:33)",
            ], SpecSchema.Errors(document, new VariablesInAllowedPosition()));
    }

    // Spec section 5.8.5 (All Variable Usages Are Allowed), counter-example 3. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_3()
    {
        const string document = """
            query booleanArgQuery($booleanArg: Boolean) {
              arguments {
                nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
              }
            }
            """;
        Assert.Equal([
                "Variable \"$booleanArg\" of type \"Boolean\" used in position expecting type \"Boolean!\". (1:23, 3:47)",
            ], SpecSchema.Errors(document, new VariablesInAllowedPosition()));
    }

    // Spec section 5.8.5 (All Variable Usages Are Allowed), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            query nonNullListToList($nonNullBooleanList: [Boolean]!) {
              arguments {
                booleanListArgField(booleanListArg: $nonNullBooleanList)
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new VariablesInAllowedPosition()));
    }

    // Spec section 5.8.5 (All Variable Usages Are Allowed), counter-example 4. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_4()
    {
        const string document = """
            query listToNonNullList($booleanList: [Boolean]) {
              arguments {
                nonNullBooleanListField(nonNullBooleanListArg: $booleanList)
              }
            }
            """;
        Assert.Equal([
                "Variable \"$booleanList\" of type \"[Boolean]\" used in position expecting type \"[Boolean]!\". (1:25, 3:52)",
            ], SpecSchema.Errors(document, new VariablesInAllowedPosition()));
    }

    // Spec section 5.8.5 (All Variable Usages Are Allowed), example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_2()
    {
        const string document = """
            mutation addCat($cat: CatInput!) {
              addPet(pet: { cat: $cat }) {
                name
              }
            }

            mutation addCatWithDefault($cat: CatInput! = { name: "Brontie" }) {
              addPet(pet: { cat: $cat }) {
                name
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new VariablesInAllowedPosition()));
    }

    // Spec section 5.8.5 (All Variable Usages Are Allowed), counter-example 5. graphql-js 16.15.0 misses this because the OneOf type arrives wrapped in non-null; the spec counts it.
    [Fact]
    public void Spec_counter_example_5()
    {
        const string document = """
            mutation addNullableCat($cat: CatInput) {
              addPet(pet: { cat: $cat }) {
                name
              }
            }
            """;
        Assert.Equal([
                "Variable \"$cat\" is of type \"CatInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\". (1:25, 2:22)",
            ], SpecSchema.Errors(document, new VariablesInAllowedPosition()));
    }

    // Spec section 5.8.5 (All Variable Usages Are Allowed), example 3. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_3()
    {
        const string document = """
            query booleanArgQueryWithDefault($booleanArg: Boolean) {
              arguments {
                optionalNonNullBooleanArgField(optionalBooleanArg: $booleanArg)
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new VariablesInAllowedPosition()));
    }

    // Spec section 5.8.5 (All Variable Usages Are Allowed), example 4. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_4()
    {
        const string document = """
            query booleanArgQueryWithDefault($booleanArg: Boolean = true) {
              arguments {
                nonNullBooleanArgField(nonNullBooleanArg: $booleanArg)
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new VariablesInAllowedPosition()));
    }
}
