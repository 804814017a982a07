using System.Text.Json;
using GraphQL.Types;

namespace Grains.Tests.GraphQL.Execution;

/// <summary>
/// Spec section 6.4.4 (Handling Execution Errors) and 7.1.2: a null in a non-null position
/// bubbles to the nearest nullable parent, with one error. Data, messages, locations and paths
/// were produced by graphql-js 16.15.0 (graphql() with the same SDL and root value); the
/// extensions.code is ours.
/// </summary>
public class NullPropagationTests
{
    private const string HeroSdl = """
        type Query { hero: Hero }
        type Hero { name: String friends: [Friend] strict: [Friend!] strictList: [Friend!]! }
        type Friend { id: ID! name: String! }
        """;

    private const string HeroRoot = """
        {"hero":{"name":"R2",
          "friends":[{"id":"1","name":"Luke"},{"id":"2","name":null}],
          "strict":[{"id":"1","name":"Luke"},{"id":"2","name":null}],
          "strictList":[{"id":"1","name":"Luke"},{"id":"2","name":null}]}}
        """;

    private static object? Root(string json) => Run.FromJson(JsonDocument.Parse(json).RootElement);

    [Fact]
    public async Task Null_in_non_null_field_nulls_its_object_in_a_nullable_list_item()
    {
        string json = await Run.Json(SchemaBuilder.Build(HeroSdl), "{ hero { name friends { id name } } }", rootValue: Root(HeroRoot));
        Assert.Equal(Run.Q("{'errors':[{'message':'Cannot return null for non-nullable field Friend.name.','locations':[{'line':1,'column':28}],'path':['hero','friends',1,'name'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'hero':{'name':'R2','friends':[{'id':'1','name':'Luke'},null]}}}"), json);
    }

    [Fact]
    public async Task Non_null_items_null_the_nullable_list()
    {
        string json = await Run.Json(SchemaBuilder.Build(HeroSdl), "{ hero { name strict { id name } } }", rootValue: Root(HeroRoot));
        Assert.Equal(Run.Q("{'errors':[{'message':'Cannot return null for non-nullable field Friend.name.','locations':[{'line':1,'column':27}],'path':['hero','strict',1,'name'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'hero':{'name':'R2','strict':null}}}"), json);
    }

    [Fact]
    public async Task Non_null_list_nulls_the_parent_object()
    {
        string json = await Run.Json(SchemaBuilder.Build(HeroSdl), "{ hero { name strictList { id name } } }", rootValue: Root(HeroRoot));
        Assert.Equal(Run.Q("{'errors':[{'message':'Cannot return null for non-nullable field Friend.name.','locations':[{'line':1,'column':31}],'path':['hero','strictList',1,'name'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'hero':null}}"), json);
    }

    [Fact]
    public async Task Non_null_all_the_way_up_makes_data_null_with_one_error()
    {
        Schema schema = SchemaBuilder.Build("type Query { hero: Hero! } type Hero { name: String friends: [Friend!]! } type Friend { id: ID! name: String! }");
        string json = await Run.Json(schema, "{ hero { friends { name } } }", rootValue: Root("""{"hero":{"friends":[{"name":null},{"name":"x"},{"name":null}]}}"""));
        Assert.Equal(Run.Q("{'errors':[{'message':'Cannot return null for non-nullable field Friend.name.','locations':[{'line':1,'column':20}],'path':['hero','friends',0,'name'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':null}"), json);
    }

    [Fact]
    public async Task Resolver_errors_null_nullable_fields_and_siblings_still_resolve()
    {
        Schema schema = SchemaBuilder.Build("type Query { a: String b: String! c: Obj } type Obj { x: String! y: String }");
        var query = (ObjectType)schema.QueryType!;
        query.GetField("a")!.Resolver = _ => throw new InvalidOperationException("secret detail");
        query.GetField("b")!.Resolver = _ => new ValueTask<object?>("B");
        query.GetField("c")!.Resolver = _ => new ValueTask<object?>(new object());
        var obj = (ObjectType)schema.GetType("Obj")!;
        obj.GetField("x")!.Resolver = async _ =>
        {
            await Task.Yield();
            throw new global::GraphQL.Execution.GraphQLException("No x here.", "NOT_FOUND");
        };
        obj.GetField("y")!.Resolver = _ => new ValueTask<object?>("Y");
        string json = await Run.Json(schema, "{ a b c { y x } }");
        Assert.Equal(Run.Q("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['a'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}},{'message':'No x here.','locations':[{'line':1,'column':13}],'path':['c','x'],'extensions':{'code':'NOT_FOUND'}}],'data':{'a':null,'b':'B','c':null}}"), json);
    }

    [Fact]
    public async Task Errors_inside_an_object_already_nulled_are_not_reported()
    {
        Schema schema = SchemaBuilder.Build("type Query { o: Obj } type Obj { x: String! y: String! z: String }");
        var query = (ObjectType)schema.QueryType!;
        query.GetField("o")!.Resolver = _ => new ValueTask<object?>(new object());
        var obj = (ObjectType)schema.GetType("Obj")!;
        var gate = new TaskCompletionSource<object?>();
        obj.GetField("x")!.Resolver = _ => throw new global::GraphQL.Execution.GraphQLException("x failed", "X");
        obj.GetField("y")!.Resolver = _ => new ValueTask<object?>(gate.Task);
        obj.GetField("z")!.Resolver = _ => throw new global::GraphQL.Execution.GraphQLException("z failed", "Z");
        gate.SetException(new global::GraphQL.Execution.GraphQLException("y failed", "Y"));
        string json = await Run.Json(schema, "{ o { x y z } }");
        Assert.Equal(Run.Q("{'errors':[{'message':'x failed','locations':[{'line':1,'column':7}],'path':['o','x'],'extensions':{'code':'X'}}],'data':{'o':null}}"), json);
    }
}
