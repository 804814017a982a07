using GraphQL.Execution;
using GraphQL.Types;

namespace Grains.Tests.GraphQL.Execution;

/// <summary>Spec sections 6.3 and 6.4: selection sets, fragments, @skip/@include, arguments, the default resolver, completion.</summary>
public class QueryExecutionTests
{
    private sealed record Person(string Name, int Age, Person? Friend);

    private static Schema PeopleSchema()
    {
        Schema schema = SchemaBuilder.Build("""
            type Query {
              hello(name: String = "world"): String
              me: Person
              people: [Person!]!
              numbers: [Int]
              color: Color
              map: Person
            }
            type Person { name: String! age: Int friend: Person }
            enum Color { RED GREEN }
            """);
        var query = (ObjectType)schema.GetType("Query")!;
        query.GetField("hello")!.Resolver = ctx => new ValueTask<object?>("hello " + ctx.ArgumentValue<string>("name"));
        var ann = new Person("Ann", 30, new Person("Bob", 40, null));
        query.GetField("me")!.Resolver = _ => new ValueTask<object?>(ann);
        query.GetField("people")!.Resolver = _ => new ValueTask<object?>(new[] { ann, ann.Friend! });
        query.GetField("numbers")!.Resolver = _ => new ValueTask<object?>(new List<int> { 1, 2, 3 });
        query.GetField("color")!.Resolver = _ => new ValueTask<object?>("GREEN");
        query.GetField("map")!.Resolver = _ => new ValueTask<object?>(new Dictionary<string, object?> { ["name"] = "Map", ["age"] = 7 });
        return schema;
    }

    [Fact]
    public async Task Executes_fields_with_arguments_defaults_and_aliases_in_document_order()
    {
        string json = await Run.Json(PeopleSchema(), """{ b: hello(name: "you") a: hello numbers color }""");
        Assert.Equal(Run.Q("{'data':{'b':'hello you','a':'hello world','numbers':[1,2,3],'color':'GREEN'}}"), json);
    }

    [Fact]
    public async Task Default_resolver_reads_properties_ignoring_case_and_map_entries()
    {
        string json = await Run.Json(PeopleSchema(), "{ me { name age friend { name friend { name } } } map { name age } }");
        Assert.Equal(Run.Q("{'data':{'me':{'name':'Ann','age':30,'friend':{'name':'Bob','friend':null}},'map':{'name':'Map','age':7}}}"), json);
    }

    [Fact]
    public async Task Fragments_merge_fields_under_one_key_in_first_seen_order()
    {
        string json = await Run.Json(PeopleSchema(), """
            { me { ...F name ... on Person { friend { age } } friend { name } } }
            fragment F on Person { age friend { name } }
            """);
        Assert.Equal(Run.Q("{'data':{'me':{'age':30,'friend':{'name':'Bob','age':40},'name':'Ann'}}}"), json);
    }

    [Fact]
    public async Task Skip_and_include_with_literals_and_variables()
    {
        const string query = """
            query ($yes: Boolean!, $no: Boolean!) {
              a: hello @skip(if: $yes)
              b: hello @skip(if: $no)
              c: hello @include(if: $yes)
              d: hello @include(if: $no)
              e: hello @include(if: true) @skip(if: true)
              ... @include(if: $yes) { f: hello }
            }
            """;
        string json = await Run.Json(PeopleSchema(), query, "{\"yes\":true,\"no\":false}");
        Assert.Equal(Run.Q("{'data':{'b':'hello world','c':'hello world','f':'hello world'}}"), json);
        json = await Run.Json(PeopleSchema(), query, "{\"yes\":false,\"no\":true}");
        Assert.Equal(Run.Q("{'data':{'a':'hello world','d':'hello world'}}"), json);
    }

    [Fact]
    public async Task Typename_everywhere()
    {
        string json = await Run.Json(PeopleSchema(), "{ __typename me { __typename t: __typename } }");
        Assert.Equal(Run.Q("{'data':{'__typename':'Query','me':{'__typename':'Person','t':'Person'}}}"), json);
    }

    [Fact]
    public async Task Root_value_is_the_source_of_root_fields()
    {
        Schema schema = SchemaBuilder.Build("type Query { a: String b: Int }");
        string json = await Run.Json(schema, "{ a b }", rootValue: new Dictionary<string, object?> { ["a"] = "x", ["b"] = 2 });
        Assert.Equal(Run.Q("{'data':{'a':'x','b':2}}"), json);
    }

    [Fact]
    public async Task Enum_results_are_named_by_internal_value_and_unknown_values_are_field_errors()
    {
        Schema schema = SchemaBuilder.Build("type Query { good: Color bad: Color } enum Color { RED GREEN }");
        var color = (EnumType)schema.GetType("Color")!;
        color.GetValue("RED")!.Value = ConsoleColor.Red;
        color.GetValue("GREEN")!.Value = ConsoleColor.Green;
        var query = (ObjectType)schema.GetType("Query")!;
        query.GetField("good")!.Resolver = _ => new ValueTask<object?>(ConsoleColor.Green);
        query.GetField("bad")!.Resolver = _ => new ValueTask<object?>(ConsoleColor.Blue);
        string json = await Run.Json(schema, "{ good bad }");
        Assert.Equal(Run.Q("{'errors':[{'message':'Enum \\'Color\\' cannot represent value: Blue','locations':[{'line':1,'column':8}],'path':['bad'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'good':'GREEN','bad':null}}"), json);
    }

    [Fact]
    public async Task Scalars_serialize_results_like_graphql_js()
    {
        // Messages as graphql-js 16.15.0 gives them for the same resolved values.
        Schema schema = SchemaBuilder.Build("type Query { i: Int f: Float s: String b: Boolean id: ID big: Int }");
        var query = (ObjectType)schema.GetType("Query")!;
        query.GetField("i")!.Resolver = _ => new ValueTask<object?>(3L);
        query.GetField("f")!.Resolver = _ => new ValueTask<object?>(1.5);
        query.GetField("s")!.Resolver = _ => new ValueTask<object?>(12);
        query.GetField("b")!.Resolver = _ => new ValueTask<object?>(true);
        query.GetField("id")!.Resolver = _ => new ValueTask<object?>(42);
        query.GetField("big")!.Resolver = _ => new ValueTask<object?>(1L << 40);
        string json = await Run.Json(schema, "{ i f s b id big }");
        Assert.Equal(Run.Q("{'errors':[{'message':'Int cannot represent non 32-bit signed integer value: 1099511627776','locations':[{'line':1,'column':14}],'path':['big'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'i':3,'f':1.5,'s':'12','b':true,'id':'42','big':null}}"), json);
    }

    [Fact]
    public async Task A_map_given_to_a_string_field_is_shown_as_graphql_js_shows_it()
    {
        // Message as graphql-js 16.15.0 gives it for the root value { s: { a: 1 } }.
        Schema schema = SchemaBuilder.Build("type Query { s: String }");
        string json = await Run.Json(schema, "{ s }", rootValue: new Dictionary<string, object?> { ["s"] = new Dictionary<string, object?> { ["a"] = 1 } });
        Assert.Equal(Run.Q("{'errors':[{'message':'String cannot represent value: { a: 1 }','locations':[{'line':1,'column':3}],'path':['s'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'s':null}}"), json);
    }

    [Fact]
    public async Task A_list_field_given_a_non_list_is_a_field_error()
    {
        Schema schema = SchemaBuilder.Build("type Query { l: [Int] }");
        ((ObjectType)schema.QueryType!).GetField("l")!.Resolver = _ => new ValueTask<object?>("abc");
        string json = await Run.Json(schema, "{ l }");
        Assert.Equal(Run.Q("{'errors':[{'message':'Expected Iterable, but did not find one for field \\'Query.l\\'.','locations':[{'line':1,'column':3}],'path':['l'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'l':null}}"), json);
    }

    [Fact]
    public async Task Resolver_context_gives_path_parent_and_arguments()
    {
        Schema schema = SchemaBuilder.Build("type Query { items: [Item] } type Item { where(x: Int = 5): String }");
        ((ObjectType)schema.QueryType!).GetField("items")!.Resolver = _ => new ValueTask<object?>(new[] { "p", "q" });
        ((ObjectType)schema.GetType("Item")!).GetField("where")!.Resolver = ctx =>
            new ValueTask<object?>(string.Join("/", ctx.Path) + ":" + ctx.Parent<string>() + ":" + ctx.ArgumentValue<long>("x") + ":" + ctx.ParentType.Name);
        string json = await Run.Json(schema, "{ items { w: where } }");
        Assert.Equal(Run.Q("{'data':{'items':[{'w':'items/0/w:p:5:Item'},{'w':'items/1/w:q:5:Item'}]}}"), json);
    }

    [Fact]
    public async Task ArgumentValue_converts_numbers_enums_and_lists_to_the_type_asked_for()
    {
        Schema schema = SchemaBuilder.Build("type Query { f(n: Int, ids: [ID!], colors: [Color], m: [[Int]]): String } enum Color { RED GREEN }");
        ((ObjectType)schema.QueryType!).GetField("f")!.Resolver = ctx =>
        {
            long? n = ctx.ArgumentValue<long?>("n");
            string[] ids = ctx.ArgumentValue<string[]>("ids");
            IReadOnlyList<ConsoleColor?> colors = ctx.ArgumentValue<IReadOnlyList<ConsoleColor?>>("colors");
            List<int?[]> m = ctx.ArgumentValue<List<int?[]>>("m");
            double missing = ctx.ArgumentValue<double>("absent");
            return new ValueTask<object?>($"{n} {string.Join(",", ids)} {string.Join(",", colors)} {m.Count}:{m[1][1]} {missing}");
        };
        string json = await Run.Json(schema, "{ f(n: 5, ids: [1, \"b\"], colors: [RED, null, GREEN], m: [[1], [2, null, 3]]) }");
        Assert.Equal(Run.Q("{'data':{'f':'5 1,b Red,,Green 2: 0'}}"), json);
    }
}
