using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Execution;
using GraphQL.Types;

namespace Grains.Tests.GraphQL.Execution;

/// <summary>
/// Spec section 4 (Introspection). The full introspection query is graphql-js's
/// getIntrospectionQuery with every option the spec supports; the expected answers are
/// graphql-js 16.15.0's for the same SDL (Fixtures/introspection.generate.js writes them).
/// The smaller queries' expected data was also produced by graphql-js, on the same SDL.
/// </summary>
public class IntrospectionTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("schema-core")]
    [InlineData("kitchen-sink")]
    public async Task Full_introspection_equals_graphql_js(string fixture)
    {
        Schema schema = SchemaBuilder.Build(Fixture.Read(fixture + ".graphql"));
        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest(Fixture.Read("introspection-query.graphql")));
        Assert.Equal(Canonical(Fixture.Read(fixture + ".introspection.json")), Canonical(Run.ToJson(result)));
    }

    // Same key order and escaping on both sides, no whitespace.
    private static string Canonical(string json) => JsonNode.Parse(json)!.ToJsonString(Relaxed);

    private static Schema Sample() => SchemaBuilder.Build("""
        type Query { thing: Thing search: [Result] old: Int @deprecated(reason: "use new") }
        interface Node { id: ID! }
        type Thing implements Node { id: ID! name(upper: Boolean = false, legacy: Int @deprecated): String }
        type Other { x: Int }
        union Result = Thing | Other
        enum Size { SMALL BIG @deprecated }
        input Filter @oneOf { id: ID name: String }
        input Range { from: Int = 1 to: Int @deprecated(reason: "gone") }
        scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
        """);

    [Fact]
    public async Task Type_lookup_and_wrappers()
    {
        string json = await Run.Json(Sample(), """
            { __type(name: "Thing") { kind name interfaces { name } fields { name type { kind name ofType { kind name } } } }
              missing: __type(name: "Nope") { name } }
            """);
        Assert.Equal(Run.Q("{'data':{'__type':{'kind':'OBJECT','name':'Thing','interfaces':[{'name':'Node'}],'fields':[{'name':'id','type':{'kind':'NON_NULL','name':null,'ofType':{'kind':'SCALAR','name':'ID'}}},{'name':'name','type':{'kind':'SCALAR','name':'String','ofType':null}}]},'missing':null}}"), json);
    }

    [Fact]
    public async Task Deprecated_items_are_left_out_unless_asked_for()
    {
        string json = await Run.Json(Sample(), """
            {
              q: __type(name: "Query") { a: fields { name } b: fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              s: __type(name: "Size") { a: enumValues { name } b: enumValues(includeDeprecated: true) { name isDeprecated } }
              r: __type(name: "Range") { a: inputFields { name defaultValue } b: inputFields(includeDeprecated: true) { name deprecationReason } }
              t: __type(name: "Thing") { fields { name a: args { name defaultValue } b: args(includeDeprecated: true) { name } } }
            }
            """);
        Assert.Equal(Run.Q("{'data':{"
            + "'q':{'a':[{'name':'thing'},{'name':'search'}],'b':[{'name':'thing','isDeprecated':false,'deprecationReason':null},{'name':'search','isDeprecated':false,'deprecationReason':null},{'name':'old','isDeprecated':true,'deprecationReason':'use new'}]},"
            + "'s':{'a':[{'name':'SMALL'}],'b':[{'name':'SMALL','isDeprecated':false},{'name':'BIG','isDeprecated':true}]},"
            + "'r':{'a':[{'name':'from','defaultValue':'1'}],'b':[{'name':'from','deprecationReason':null},{'name':'to','deprecationReason':'gone'}]},"
            + "'t':{'fields':[{'name':'id','a':[],'b':[]},{'name':'name','a':[{'name':'upper','defaultValue':'false'}],'b':[{'name':'upper'},{'name':'legacy'}]}]}}}"), json);
    }

    [Fact]
    public async Task Abstract_types_one_of_and_specified_by()
    {
        string json = await Run.Json(Sample(), """
            {
              u: __type(name: "Result") { kind possibleTypes { name } fields { name } }
              n: __type(name: "Node") { kind possibleTypes { name } }
              f: __type(name: "Filter") { isOneOf }
              r: __type(name: "Range") { isOneOf }
              t: __type(name: "Thing") { isOneOf }
              url: __type(name: "Url") { specifiedByURL }
            }
            """);
        Assert.Equal(Run.Q("{'data':{'u':{'kind':'UNION','possibleTypes':[{'name':'Thing'},{'name':'Other'}],'fields':null},'n':{'kind':'INTERFACE','possibleTypes':[{'name':'Thing'}]},'f':{'isOneOf':true},'r':{'isOneOf':false},'t':{'isOneOf':null},'url':{'specifiedByURL':'https://url.spec.whatwg.org/'}}}"), json);
    }

    [Fact]
    public async Task Typename_on_unions_and_interfaces_names_the_object_type()
    {
        Schema schema = Sample();
        ((ObjectType)schema.QueryType!).GetField("search")!.Resolver = _ => new ValueTask<object?>(new object?[]
        {
            new Dictionary<string, object?> { ["__typename"] = "Thing", ["id"] = "1" },
            new Dictionary<string, object?> { ["__typename"] = "Other", ["x"] = 2 },
        });
        string json = await Run.Json(schema, "{ search { __typename ... on Node { id } ... on Other { x } } }");
        Assert.Equal(Run.Q("{'data':{'search':[{'__typename':'Thing','id':'1'},{'__typename':'Other','x':2}]}}"), json);
    }
}
