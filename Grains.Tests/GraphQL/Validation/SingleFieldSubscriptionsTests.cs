using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>SingleFieldSubscriptions against the examples of the September 2025 spec, section 5, and a few more cases.</summary>
public sealed class SingleFieldSubscriptionsTests
{
    // Spec section 5.2.4.1 (Single Root Field), example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_1()
    {
        const string document = """
            subscription sub {
              newMessage {
                body
                sender
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new SingleFieldSubscriptions()));
    }

    // Spec section 5.2.4.1 (Single Root Field), example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_example_2()
    {
        const string document = """
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on Subscription {
              newMessage {
                body
                sender
              }
            }
            """;
        Assert.Equal([], SpecSchema.Errors(document, new SingleFieldSubscriptions()));
    }

    // Spec section 5.2.4.1 (Single Root Field), counter-example 1. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_1()
    {
        const string document = """
            subscription sub {
              newMessage {
                body
                sender
              }
              disallowedSecondRootField
            }
            """;
        Assert.Equal([
                "Subscription \"sub\" must select only one top level field. (6:3)",
            ], SpecSchema.Errors(document, new SingleFieldSubscriptions()));
    }

    // Spec section 5.2.4.1 (Single Root Field), counter-example 2. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_2()
    {
        const string document = """
            subscription sub {
              ...multipleSubscriptions
            }

            fragment multipleSubscriptions on Subscription {
              newMessage {
                body
                sender
              }
              disallowedSecondRootField
            }
            """;
        Assert.Equal([
                "Subscription \"sub\" must select only one top level field. (10:3)",
            ], SpecSchema.Errors(document, new SingleFieldSubscriptions()));
    }

    // Spec section 5.2.4.1 (Single Root Field), counter-example 3. graphql-js 16.15.0 cannot check this (it throws); the 2025 spec forbids @skip/@include at the subscription root.
    [Fact]
    public void Spec_counter_example_3()
    {
        const string document = """
            subscription requiredRuntimeValidation($bool: Boolean!) {
              newMessage @include(if: $bool) {
                body
                sender
              }
              disallowedSecondRootField @skip(if: $bool)
            }
            """;
        Assert.Equal([
                "Subscription \"requiredRuntimeValidation\" must not use `@skip` or `@include` directives in the top level selection. (2:14, 6:29)",
                "Subscription \"requiredRuntimeValidation\" must select only one top level field. (6:3)",
            ], SpecSchema.Errors(document, new SingleFieldSubscriptions()));
    }

    // Spec section 5.2.4.1 (Single Root Field), counter-example 4. Expected errors from graphql-js 16.15.0 validate() with the same rule(s).
    [Fact]
    public void Spec_counter_example_4()
    {
        const string document = """
            subscription sub {
              __typename
            }
            """;
        Assert.Equal([
                "Subscription \"sub\" must not select an introspection top level field. (2:3)",
            ], SpecSchema.Errors(document, new SingleFieldSubscriptions()));
    }
}
