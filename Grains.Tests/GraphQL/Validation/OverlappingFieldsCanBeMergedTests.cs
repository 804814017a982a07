using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>OverlappingFieldsCanBeMerged against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class OverlappingFieldsCanBeMergedTests
{
    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_nested_subfields()
    {
        const string document = """
            { dog { owner { name } owner { name: pets { name } } } }
            """;
        Assert.Equal([
                "Fields \"owner\" conflict because subfields \"name\" conflict because \"name\" and \"pets\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:9, 1:17, 1:24, 1:32)",
            ], SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged()));
    }

    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_through_fragments()
    {
        const string document = """
            { dog { ...A ...B name } }
            fragment A on Dog { x: name }
            fragment B on Dog { x: nickname name: nickname }
            """;
        Assert.Equal([
                "Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:21, 3:21)",
                "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:19, 3:33)",
            ], SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged()));
    }

    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_exclusive_parents_may_differ_in_name()
    {
        const string document = """
            { catOrDog { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } } }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged()));
    }

    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_exclusive_parents_must_share_shape()
    {
        const string document = """
            { catOrDog { ... on Dog { v: barkVolume } ... on Cat { v: nickname } } }
            """;
        Assert.Equal([
                "Fields \"v\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. (1:27, 1:56)",
            ], SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged()));
    }

    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_argument_order_does_not_matter()
    {
        const string document = """
            { findDog(searchBy: {name: "a", owner: "b"}) { name } findDog(searchBy: {owner: "b", name: "a"}) { name } }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged()));
    }

    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_nullability_differs()
    {
        const string document = """
            { pet { ... on Dog { n: name } ... on Cat { n: nickname } } }
            """;
        Assert.Equal([
                "Fields \"n\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional. (1:22, 1:45)",
            ], SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged()));
    }

    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_list_versus_single()
    {
        const string document = """
            { human { pets { name } } human { pets: name } }
            """;
        Assert.Equal([
                "Fields \"human\" conflict because subfields \"pets\" conflict because \"pets\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:3, 1:11, 1:27, 1:35)",
            ], SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged()));
    }

    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_interface_parents_not_exclusive()
    {
        const string document = """
            { pet { ... on Pet { name } ... on Dog { name: nickname } } }
            """;
        Assert.Equal([
                "Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (1:22, 1:42)",
            ], SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged()));
    }

    // Spec section 5.3.2 (Field Selection Merging), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            fragment mergeIdenticalFields on Dog {
              name
              name
            }

            fragment mergeIdenticalAliasesAndFields on Dog {
              otherName: name
              otherName: name
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged()));
    }

    // Spec section 5.3.2 (Field Selection Merging), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            fragment conflictingBecauseAlias on Dog {
              name: nickname
              name
            }
            """;
        Assert.Equal([
                "Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:3)",
            ], SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged()));
    }

    // Spec section 5.3.2 (Field Selection Merging), example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_2()
    {
        const string document = """
            fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: SIT)
            }

            fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
              doesKnowCommand(dogCommand: $dogCommand)
              doesKnowCommand(dogCommand: $dogCommand)
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged()));
    }

    // Spec section 5.3.2 (Field Selection Merging), counter-example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_2()
    {
        const string document = """
            fragment conflictingArgsOnValues on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: HEEL)
            }

            fragment conflictingArgsValueAndVar on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand(dogCommand: $dogCommand)
            }

            fragment conflictingArgsWithVars on Dog {
              doesKnowCommand(dogCommand: $varOne)
              doesKnowCommand(dogCommand: $varTwo)
            }

            fragment differingArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
              doesKnowCommand
            }
            """;
        Assert.Equal([
                "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (2:3, 3:3)",
                "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (7:3, 8:3)",
                "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (12:3, 13:3)",
                "Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional. (17:3, 18:3)",
            ], SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged()));
    }

    // Spec section 5.3.2 (Field Selection Merging), example 3. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_3()
    {
        const string document = """
            fragment safeDifferingFields on Pet {
              ... on Dog {
                volume: barkVolume
              }
              ... on Cat {
                volume: meowVolume
              }
            }

            fragment safeDifferingArgs on Pet {
              ... on Dog {
                doesKnowCommand(dogCommand: SIT)
              }
              ... on Cat {
                doesKnowCommand(catCommand: JUMP)
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged()));
    }

    // Spec section 5.3.2 (Field Selection Merging), counter-example 3. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_3()
    {
        const string document = """
            fragment conflictingDifferingResponses on Pet {
              ... on Dog {
                someValue: nickname
              }
              ... on Cat {
                someValue: meowVolume
              }
            }
            """;
        Assert.Equal([
                "Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional. (3:5, 6:5)",
            ], SpecSchema.Errors(document, new OverlappingFieldsCanBeMerged()));
    }
}
