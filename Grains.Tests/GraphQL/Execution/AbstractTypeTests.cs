using System.Text.Json;
using GraphQL.Types;

namespace Grains.Tests.GraphQL.Execution;

/// <summary>
/// Spec section 6.4.3 ResolveAbstractType: interfaces and unions find the object type of a value
/// through ResolveType, else a map's "__typename", else IsTypeOf, else the CLR RuntimeType.
/// Messages of the failing cases were produced by graphql-js 16.15.0 with the same SDL and
/// root values.
/// </summary>
public class AbstractTypeTests
{
    private const string Sdl = """
        type Query { pet: Pet pets: [Pet] any: [Thing] }
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String }
        union Thing = Dog | Cat
        """;

    private sealed record DogValue(string Name, bool Barks);

    private sealed record CatValue(string Name);

    private sealed class Puppy(string name) : Animal(name);

    private class Animal(string name)
    {
        public string Name { get; } = name;
    }

    private static object? Root(string json) => Run.FromJson(JsonDocument.Parse(json).RootElement);

    [Theory]
    [InlineData("""{"pet":{"name":"x"}}""", "Abstract type \\\"Pet\\\" must resolve to an Object type at runtime for field \\\"Query.pet\\\". Either the \\\"Pet\\\" type should provide a \\\"resolveType\\\" function or each possible type should provide an \\\"isTypeOf\\\" function.")]
    [InlineData("""{"pet":{"__typename":"Query"}}""", "Runtime Object type \\\"Query\\\" is not a possible type for \\\"Pet\\\".")]
    [InlineData("""{"pet":{"__typename":"Nope"}}""", "Abstract type \\\"Pet\\\" was resolved to a type \\\"Nope\\\" that does not exist inside the schema.")]
    public async Task Values_that_resolve_to_no_possible_type_are_field_errors(string root, string message)
    {
        string json = await Run.Json(SchemaBuilder.Build(Sdl), "{ pet { name ... on Dog { barks } } }", rootValue: Root(root));
        Assert.Equal("{\"errors\":[{\"message\":\"" + message + "\",\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"pet\"],\"extensions\":{\"code\":\"INTERNAL_SERVER_ERROR\"}}],\"data\":{\"pet\":null}}", json);
    }

    [Fact]
    public async Task A_map_names_its_type_with_typename()
    {
        string json = await Run.Json(SchemaBuilder.Build(Sdl), "{ pet { name ... on Dog { barks } } }", rootValue: Root("""{"pet":{"__typename":"Dog","name":"Rex","barks":true}}"""));
        Assert.Equal(Run.Q("{'data':{'pet':{'name':'Rex','barks':true}}}"), json);
    }

    [Fact]
    public async Task ResolveType_decides_first()
    {
        Schema schema = SchemaBuilder.Build(Sdl);
        var pet = (InterfaceType)schema.GetType("Pet")!;
        var cat = (ObjectType)schema.GetType("Cat")!;
        pet.ResolveType = (_, _) => cat;
        ((ObjectType)schema.QueryType!).GetField("pets")!.Resolver = _ => new ValueTask<object?>(new object[] { new DogValue("Rex", true) });
        string json = await Run.Json(schema, "{ pets { __typename name } }");
        Assert.Equal(Run.Q("{'data':{'pets':[{'__typename':'Cat','name':'Rex'}]}}"), json);
    }

    [Fact]
    public async Task IsTypeOf_then_runtime_types_exact_before_assignable()
    {
        Schema schema = SchemaBuilder.Build(Sdl);
        var dog = (ObjectType)schema.GetType("Dog")!;
        var cat = (ObjectType)schema.GetType("Cat")!;
        dog.IsTypeOf = value => value is DogValue;
        cat.RuntimeType = typeof(Animal);
        ((ObjectType)schema.QueryType!).GetField("any")!.Resolver = _ =>
            new ValueTask<object?>(new object[] { new DogValue("Rex", false), new Puppy("Tom") });
        string json = await Run.Json(schema, "{ any { __typename ... on Pet { name } ... on Dog { barks } } }");
        Assert.Equal(Run.Q("{'data':{'any':[{'__typename':'Dog','name':'Rex','barks':false},{'__typename':'Cat','name':'Tom'}]}}"), json);
    }

    [Fact]
    public async Task An_object_whose_IsTypeOf_refuses_the_value_is_a_field_error()
    {
        Schema schema = SchemaBuilder.Build("type Query { dog: Dog } type Dog { name: String }");
        ((ObjectType)schema.GetType("Dog")!).IsTypeOf = value => value is DogValue;
        ((ObjectType)schema.QueryType!).GetField("dog")!.Resolver = _ => new ValueTask<object?>(new CatValue("Tom"));
        string json = await Run.Json(schema, "{ dog { name } }");
        Assert.Equal(Run.Q("{'errors':[{'message':'Expected value of type \\'Dog\\' but got: CatValue { Name = Tom }.','locations':[{'line':1,'column':3}],'path':['dog'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'dog':null}}"), json);
    }

    [Fact]
    public async Task Concurrent_requests_share_the_cached_plans()
    {
        Schema schema = SchemaBuilder.Build(Sdl);
        ((ObjectType)schema.QueryType!).GetField("any")!.Resolver = async _ =>
        {
            await Task.Yield();
            return new object[]
            {
                new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex", ["barks"] = true },
                new Dictionary<string, object?> { ["__typename"] = "Cat", ["name"] = "Tom" },
            };
        };
        var executor = new global::GraphQL.Execution.RequestExecutor(schema);
        var request = new global::GraphQL.Execution.GraphQLRequest("{ any { ... on Pet { name } ... on Dog { barks } } }");

        string[] results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () => Run.ToJson(await executor.ExecuteAsync(request)))));

        Assert.All(results, json => Assert.Equal(Run.Q("{'data':{'any':[{'name':'Rex','barks':true},{'name':'Tom'}]}}"), json));
    }
}
