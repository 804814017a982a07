using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Limits;
using GraphQLSchema = GraphQL.Types.Schema;

namespace Grains.Tests.GraphQL.Limits;

/// <summary>A small schema with the cost directives applied, and helpers to validate against it.</summary>
internal static class LimitsSchema
{
    public static readonly GraphQLSchema Schema = SchemaBuilder.Build(CostDirectives.Sdl + """

        type Query {
          me: User
          user(id: ID!): User
          users: [User!]!
          search(first: Int, last: Int): [User!]! @listSize(slicingArguments: ["first", "last"], assumedSize: 50)
          page(first: Int = 20): [User!]! @listSize(slicingArguments: ["first"])
          filtered(filter: Filter): [User!]! @listSize(slicingArguments: ["filter.max"], requireOneSlicingArgument: false)
          connection(first: Int, after: String): UserConnection! @listSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)
          report(detailed: Boolean @cost(weight: "4")): Report @cost(weight: "25")
          tags: [String!]!
          node(id: ID!): Node
        }

        input Filter { max: Int }

        interface Node { id: ID! }

        type User implements Node {
          id: ID!
          name: String
          friends(first: Int): [User!]! @listSize(slicingArguments: ["first"], assumedSize: 100, requireOneSlicingArgument: false)
          best: User
          followers(first: Int = 20, after: String): UserConnection!
          recent(first: Int = 5, last: Int): [User!]!
        }

        type UserConnection { edges: [UserEdge!]! nodes: [User!]! totalCount: Int! }
        type UserEdge { cursor: String! node: User! }
        type Report { summary: String }
        """);

    /// <summary>Errors of the given rule alone, as "message [code] (line:column)".</summary>
    public static IReadOnlyList<string> Errors(string document, ValidationRule rule) =>
        DocumentValidator.Validate(Schema, Parser.Parse(document), [rule])
            .Select(e => $"{e.Message} [{e.Code}] ({string.Join(", ", e.Locations)})")
            .ToList();

    public static CostEstimate Estimate(string document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var parsed = Parser.Parse(document);
        var operation = parsed.Definitions.OfType<global::GraphQL.Language.Ast.OperationDefinitionNode>().Single();
        return CostAnalyzer.Analyze(Schema, parsed, operation, variables);
    }
}
