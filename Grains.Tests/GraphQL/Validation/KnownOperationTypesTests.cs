using GraphQL.Types;
using GraphQL.Validation.Rules;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>
/// KnownOperationTypes against spec section 5.2.1.1 (Operation Type Existence), new in the
/// September 2025 edition; graphql-js 16 has no such rule, so the message is our own.
/// </summary>
public sealed class KnownOperationTypesTests
{
    // The schema the spec's example gives for this rule.
    private static readonly Schema HelloSchema = SchemaBuilder.Build("type Query { hello: String }");

    [Fact]
    public void Spec_example_query_is_valid()
    {
        Assert.Empty(SpecSchema.Errors(HelloSchema, "query helloQuery {\n  hello\n}", new KnownOperationTypes()));
    }

    [Fact]
    public void Spec_counter_example_mutation_without_mutation_type()
    {
        Assert.Equal(
            ["The mutation operation is not supported by the schema. (1:1)"],
            SpecSchema.Errors(HelloSchema, "mutation goodbyeMutation {\n  goodbye\n}", new KnownOperationTypes()));
    }

    [Fact]
    public void Subscription_needs_a_subscription_type()
    {
        Assert.Equal(
            ["The subscription operation is not supported by the schema. (1:1)"],
            SpecSchema.Errors(HelloSchema, "subscription { hello }", new KnownOperationTypes()));
        Assert.Empty(SpecSchema.Errors("subscription { newMessage { body } }", new KnownOperationTypes()));
    }
}
