using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace Grains.Tests.GraphQL.Validation;

/// <summary>All rules together, on the Network core schema.</summary>
public sealed class DocumentValidatorTests
{
    private static readonly Schema Core = SchemaBuilder.Build(Fixture.Read("schema-core.graphql"));

    private static List<string> Validate(string document) =>
        DocumentValidator.Validate(Core, Parser.Parse(document)).Select(e => e.ToString()).ToList();

    [Fact]
    public void Full_introspection_query_is_valid()
    {
        // The query is graphql-js 16.15.0's getIntrospectionQuery() with every option on.
        Assert.Empty(Validate(Fixture.Read("introspection-query.graphql")));
    }

    [Fact]
    public void Realistic_operations_are_valid()
    {
        const string document = """
            query Allies($movement: ID!, $first: Int = 5) {
              node(id: $movement) {
                __typename
                ... on Movement {
                  name
                  alliedCommunities(first: $first, crossBorderOnly: true) { community { id name country } score sharedTopics }
                }
              }
              echoChamber(attribute: COUNTRY, scope: { topic: "climate" }) { eiIndex groups { group size } }
            }

            mutation Follow($a: ID!, $b: ID!) { follow(followerId: $a, followeeId: $b) { graphVersion } }

            subscription Changes { graphChanged { graphVersion kind subjectId } }
            """;
        Assert.Empty(Validate(document));
    }

    [Fact]
    public void Reports_every_broken_rule_in_document_order()
    {
        // Expected errors from graphql-js 16.15.0 validate(buildSchema(schema-core), parse(document)).
        const string document = """
            query Q($first: Int, $unused: String) { users(first: $first, country: 5) { nodes { handle friends } totalCount { x } } echoChamber { eiIndex } ...F }
            fragment F on Query { node(id: "1") { id ... on Movement { hashtags } ... on PageInfo { hasNextPage } } }
            """;
        Assert.Equal(
            [
                "Cannot query field \"friends\" on type \"User\". (1:91)",
                "Field \"totalCount\" must not have a selection since type \"Int!\" has no subfields. (1:112)",
                "Variable \"$unused\" is never used in operation \"Q\". (1:22)",
                "Fragment cannot be spread here as objects of type \"Node\" can never be of type \"PageInfo\". (2:71)",
            ],
            Validate(document));
    }

    [Fact]
    public void Rules_can_be_chosen()
    {
        var errors = DocumentValidator.Validate(Core, Parser.Parse("{ nope }"), []);
        Assert.Empty(errors);
    }

    [Fact]
    public void Stops_at_the_error_limit()
    {
        // graphql-js stops after 100 errors with this same final message.
        string document = "{ " + string.Concat(Enumerable.Range(0, 150).Select(i => $"f{i} ")) + "}";
        IReadOnlyList<ValidationError> errors = DocumentValidator.Validate(Core, Parser.Parse(document));
        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Equal(3, DocumentValidator.Validate(Core, Parser.Parse(document), maxErrors: 2).Count);
    }
}
