using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>UniqueInputFieldNames against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class UniqueInputFieldNamesTests
{
    // Not among the spec's examples; expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Beyond_the_spec_examples_cases()
    {
        const string document = """
            { findDog(searchBy: { name: "a", name: "b", owner: "c", name: "d" }) { name } }
            """;
        Assert.Equal([
                "There can be only one input field named \"name\". (1:23, 1:34)",
                "There can be only one input field named \"name\". (1:23, 1:57)",
            ], SpecSchema.Errors(document, new UniqueInputFieldNames()));
    }

    // Spec section 5.6.3 (Input Object Field Uniqueness), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            {
              field(arg: { field: true, field: false })
            }
            """;
        Assert.Equal([
                "There can be only one input field named \"field\". (2:16, 2:29)",
            ], SpecSchema.Errors(document, new UniqueInputFieldNames()));
    }
}
