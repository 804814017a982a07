using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>ValuesOfCorrectType against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class ValuesOfCorrectTypeTests
{
    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_enum()
    {
        const string document = """
            { dog { doesKnowCommand(dogCommand: sit) a: doesKnowCommand(dogCommand: "SIT") } }
            """;
        Assert.Equal([
                "Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"? (1:37)",
                "Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"? (1:73)",
            ], SpecSchema.Errors(document, new ValuesOfCorrectType()));
    }

    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_list()
    {
        const string document = """
            { arguments { booleanListArgField(booleanListArg: [true, 1, null]) b: booleanArgField(booleanArg: [true]) } }
            """;
        Assert.Equal([
                "Boolean cannot represent a non boolean value: 1 (1:58)",
                "Boolean cannot represent a non boolean value: [true] (1:99)",
            ], SpecSchema.Errors(document, new ValuesOfCorrectType()));
    }

    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_required_field()
    {
        const string document = """
            mutation { addPet(pet: { cat: { nickname: "x" } }) { name } }
            """;
        Assert.Equal([
                "Field \"CatInput.name\" of required type \"String!\" was not provided. (1:31)",
            ], SpecSchema.Errors(document, new ValuesOfCorrectType()));
    }

    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_variable_default()
    {
        const string document = """
            query Q($a: Int = "x", $b: FindDogInput = { nam: "x" }) { dog { name } }
            """;
        Assert.Equal([
                "Int cannot represent non-integer value: \"x\" (1:19)",
                "Field \"nam\" is not defined by type \"FindDogInput\". Did you mean \"name\"? (1:45)",
            ], SpecSchema.Errors(document, new ValuesOfCorrectType()));
    }

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
