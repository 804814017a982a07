using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>ValuesOfCorrectType against the examples of the September 2025 spec, section 5.</summary>
public sealed class ValuesOfCorrectTypeTests
{
    // Spec section 5.6.1 (Values of Correct Type), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            fragment goodBooleanArg on Arguments {
              booleanArgField(booleanArg: true)
            }

            fragment coercedIntIntoFloatArg on Arguments {
              # Note: The input coercion rules for Float allow Int literals.
              floatArgField(floatArg: 123)
            }

            query goodComplexDefaultValue($search: FindDogInput = { name: "Fido" }) {
              findDog(searchBy: $search) {
                name
              }
            }

            mutation addPet($pet: PetInput! = { cat: { name: "Brontie" } }) {
              addPet(pet: $pet) {
                name
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new ValuesOfCorrectType(), new VariablesInAllowedPosition()));
    }

    // Spec section 5.6.1 (Values of Correct Type), counter-example 1. graphql-js 16.15.0 misses the two nullable-variable errors because the OneOf type arrives wrapped in non-null; the spec (section 5.8.5) counts them.
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            fragment stringIntoInt on Arguments {
              intArgField(intArg: "123")
            }

            query badComplexValue {
              findDog(searchBy: { name: 123 }) {
                name
              }
            }

            mutation oneOfWithNoFields {
              addPet(pet: {}) {
                name
              }
            }

            mutation oneOfWithTwoFields($dog: DogInput) {
              addPet(pet: { cat: { name: "Brontie" }, dog: $dog }) {
                name
              }
            }

            mutation listOfOneOfWithNullableVariable($dog: DogInput) {
              addPets(pets: [{ dog: $dog }]) {
                name
              }
            }
            """;
        Assert.Equal([
                "Int cannot represent non-integer value: \"123\" (2:23)",
                "String cannot represent a non string value: 123 (6:29)",
                "OneOf Input Object \"PetInput\" must specify exactly one key. (12:15)",
                "OneOf Input Object \"PetInput\" must specify exactly one key. (18:15)",
                "Variable \"$dog\" is of type \"DogInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\". (17:29, 18:48)",
                "Variable \"$dog\" is of type \"DogInput\" but must be non-nullable to be used for OneOf Input Object \"PetInput\". (23:42, 24:25)",
            ], SpecSchema.Errors(document, new ValuesOfCorrectType(), new VariablesInAllowedPosition()));
    }

    // Spec section 5.6.2 (Input Object Field Names), example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_2()
    {
        const string document = """
            {
              findDog(searchBy: { name: "Fido" }) {
                name
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new ValuesOfCorrectType()));
    }

    // Spec section 5.6.2 (Input Object Field Names), counter-example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_2()
    {
        const string document = """
            {
              findDog(searchBy: { favoriteCookieFlavor: "Bacon" }) {
                name
              }
            }
            """;
        Assert.Equal([
                "Field \"favoriteCookieFlavor\" is not defined by type \"FindDogInput\". (2:23)",
            ], SpecSchema.Errors(document, new ValuesOfCorrectType()));
    }
}
