using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Limits;
using GraphQLSchema = GraphQL.Types.Schema;

namespace Grains.Tests.Api.Http;

/// <summary>The small schema the transport tests run against, with resolvers that record mutations.</summary>
internal static class TestSchema
{
    public const string Sdl = CostDirectives.Sdl + """

        type Query {
          hello(name: String): String
          nested: Nested
          users(first: Int): [User!]! @listSize(slicingArguments: ["first"], assumedSize: 100)
          boom: String
        }

        type Nested { nested: Nested value: Int }

        type User { id: ID! name: String friends(first: Int): [User!]! @listSize(slicingArguments: ["first"], assumedSize: 100) }

        type Mutation { setGreeting(text: String!): String }
        """;

    public static GraphQLSchema Build(MutationLog log)
    {
        GraphQLSchema schema = SchemaBuilder.Build(Sdl);
        Field(schema, "Query", "hello").Resolver = context =>
            ValueTask.FromResult<object?>($"Hello, {context.ArgumentValue<string?>("name") ?? "world"}!");
        Field(schema, "Query", "nested").Resolver = _ => ValueTask.FromResult<object?>(new NestedValue(1));
        Field(schema, "Nested", "nested").Resolver = context => ValueTask.FromResult<object?>(new NestedValue(context.Parent<NestedValue>().Value + 1));
        Field(schema, "Nested", "value").Resolver = context => ValueTask.FromResult<object?>(context.Parent<NestedValue>().Value);
        Field(schema, "Query", "users").Resolver = context =>
            ValueTask.FromResult<object?>(Enumerable.Range(1, context.ArgumentValue<int?>("first") ?? 2).Select(i => new UserValue($"{i}", $"user {i}")).ToList());
        Field(schema, "User", "id").Resolver = context => ValueTask.FromResult<object?>(context.Parent<UserValue>().Id);
        Field(schema, "User", "name").Resolver = context => ValueTask.FromResult<object?>(context.Parent<UserValue>().Name);
        Field(schema, "User", "friends").Resolver = _ => ValueTask.FromResult<object?>(new List<UserValue>());
        Field(schema, "Query", "boom").Resolver = _ => throw new InvalidOperationException("secret internals");
        Field(schema, "Mutation", "setGreeting").Resolver = context =>
        {
            string text = context.ArgumentValue<string>("text");
            log.Add(text);
            return ValueTask.FromResult<object?>(text);
        };
        return schema;
    }

    private static FieldDefinition Field(GraphQLSchema schema, string type, string field) =>
        ((ComplexType)schema.GetType(type)!).GetField(field)!;

    private sealed record NestedValue(int Value);

    private sealed record UserValue(string Id, string Name);
}

/// <summary>What mutations ran, so tests can prove that a refused request changed nothing.</summary>
internal sealed class MutationLog
{
    private readonly List<string> _entries = [];

    public IReadOnlyList<string> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public void Add(string entry)
    {
        lock (_entries)
        {
            _entries.Add(entry);
        }
    }
}
