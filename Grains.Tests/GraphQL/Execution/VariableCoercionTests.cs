using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Types;

namespace Grains.Tests.GraphQL.Execution;

/// <summary>
/// Spec section 6.4.1 (CoerceVariableValues, CoerceArgumentValues) and the input coercion
/// tables of section 3 (input objects 3.10, OneOf 3.10.1, lists). Every expected result and
/// message below was produced by graphql-js 16.15.0 running the same SDL, query and variables
/// with a resolver that returns JSON.stringify(args); codes and the missing "data" are ours.
/// </summary>
public class VariableCoercionTests
{
    private const string Sdl = """
        type Query { echo(o: ExampleInputObject, l: [Int], ll: [[Int]], p: PetInput, c: Color, n: Int): String }
        input ExampleInputObject { a: String b: Int! }
        input PetInput @oneOf { cat: String dog: String }
        enum Color { RED GREEN }
        """;

    private static Schema EchoSchema()
    {
        Schema schema = SchemaBuilder.Build(Sdl);
        ((ObjectType)schema.QueryType!).GetField("echo")!.Resolver = ctx => new ValueTask<object?>(JsonSerializer.Serialize(ctx.Arguments));
        return schema;
    }

    private static async Task<string> Echo(string query, string variables) => await Run.Json(EchoSchema(), query, variables);

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Data(string echoed) => "{\"data\":{\"echo\":" + JsonSerializer.Serialize(echoed, Relaxed) + "}}";

    private static string Error(string message, int column) =>
        "{\"errors\":[{\"message\":" + JsonSerializer.Serialize(message, Relaxed)
        + ",\"locations\":[{\"line\":1,\"column\":" + column + "}],\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]}";

    [Theory]
    [InlineData("""{"o":{"a":"abc","b":123}}""", """{"o":{"a":"abc","b":123}}""")]
    [InlineData("""{"o":{"a":null,"b":123}}""", """{"o":{"a":null,"b":123}}""")]
    [InlineData("""{"o":{"b":123}}""", """{"o":{"b":123}}""")]
    public async Task Input_object_variables_that_coerce(string variables, string echoed) =>
        Assert.Equal(Data(echoed), await Echo("query($o: ExampleInputObject) { echo(o: $o) }", variables));

    [Theory]
    [InlineData("""{"o":{"a":"abc"}}""", "Variable \"$o\" got invalid value { a: \"abc\" }; Field \"b\" of required type \"Int!\" was not provided.")]
    [InlineData("""{"o":{"b":"123"}}""", "Variable \"$o\" got invalid value \"123\" at \"o.b\"; Int cannot represent non-integer value: \"123\"")]
    [InlineData("""{"o":{"a":"abc","b":null}}""", "Variable \"$o\" got invalid value null at \"o.b\"; Expected non-nullable type \"Int!\" not to be null.")]
    [InlineData("""{"o":{"b":123,"c":"xyz"}}""", "Variable \"$o\" got invalid value { b: 123, c: \"xyz\" }; Field \"c\" is not defined by type \"ExampleInputObject\". Did you mean \"a\" or \"b\"?")]
    [InlineData("""{"o":"abc"}""", "Variable \"$o\" got invalid value \"abc\"; Expected type \"ExampleInputObject\" to be an object.")]
    public async Task Input_object_variables_that_do_not_coerce(string variables, string message) =>
        Assert.Equal(Error(message, 7), await Echo("query($o: ExampleInputObject) { echo(o: $o) }", variables));

    [Theory]
    [InlineData("""{"l":1}""", """{"l":[1]}""")]
    [InlineData("""{"l":[1,2,3]}""", """{"l":[1,2,3]}""")]
    [InlineData("""{"l":null}""", """{"l":null}""")]
    [InlineData("""{"ll":1}""", """{"ll":[[1]]}""")]
    [InlineData("""{"ll":[1,2,3]}""", """{"ll":[[1],[2],[3]]}""")]
    [InlineData("""{"ll":[[1],[2,3]]}""", """{"ll":[[1],[2,3]]}""")]
    public async Task List_variables_coerce_single_values_to_lists(string variables, string echoed) =>
        Assert.Equal(Data(echoed), await Echo("query($l: [Int], $ll: [[Int]]) { echo(l: $l, ll: $ll) }", variables));

    [Fact]
    public async Task Every_bad_list_item_is_reported()
    {
        string json = await Echo("query($l: [Int], $ll: [[Int]]) { echo(l: $l, ll: $ll) }", """{"l":[1,"b",true]}""");
        Assert.Equal(Run.Q("{'errors':[{'message':'Variable \\'$l\\' got invalid value \\'b\\' at \\'l[1]\\'; Int cannot represent non-integer value: \\'b\\'','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}},{'message':'Variable \\'$l\\' got invalid value true at \\'l[2]\\'; Int cannot represent non-integer value: true','locations':[{'line':1,'column':7}],'extensions':{'code':'BAD_USER_INPUT'}}]}"), json);
    }

    [Fact]
    public async Task OneOf_variable_with_one_field() =>
        Assert.Equal(Data("""{"p":{"cat":"Tom"}}"""), await Echo("query($p: PetInput) { echo(p: $p) }", """{"p":{"cat":"Tom"}}"""));

    [Theory]
    [InlineData("""{"p":{}}""", "Variable \"$p\" got invalid value {}; Exactly one key must be specified for OneOf type \"PetInput\".")]
    [InlineData("""{"p":{"cat":"Tom","dog":"Rex"}}""", "Variable \"$p\" got invalid value { cat: \"Tom\", dog: \"Rex\" }; Exactly one key must be specified for OneOf type \"PetInput\".")]
    [InlineData("""{"p":{"cat":null}}""", "Variable \"$p\" got invalid value null at \"p.cat\"; Field \"cat\" must be non-null.")]
    public async Task OneOf_variables_that_do_not_coerce(string variables, string message) =>
        Assert.Equal(Error(message, 7), await Echo("query($p: PetInput) { echo(p: $p) }", variables));

    [Theory]
    [InlineData("""{"c":"green","n":1}""", "Variable \"$c\" got invalid value \"green\"; Value \"green\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?", 7)]
    [InlineData("""{"c":1,"n":1}""", "Variable \"$c\" got invalid value 1; Enum \"Color\" cannot represent non-string value: 1.", 7)]
    [InlineData("""{"c":"RED"}""", "Variable \"$n\" of required type \"Int!\" was not provided.", 18)]
    [InlineData("""{"n":null}""", "Variable \"$n\" of non-null type \"Int!\" must not be null.", 18)]
    [InlineData("""{"n":1.5}""", "Variable \"$n\" got invalid value 1.5; Int cannot represent non-integer value: 1.5", 18)]
    [InlineData("""{"n":"7"}""", "Variable \"$n\" got invalid value \"7\"; Int cannot represent non-integer value: \"7\"", 18)]
    [InlineData("""{"n":3000000000}""", "Variable \"$n\" got invalid value 3000000000; Int cannot represent non 32-bit signed integer value: 3000000000", 18)]
    public async Task Leaf_variables_that_do_not_coerce(string variables, string message, int column)
    {
        ExecutionResult result = await Run.Execute(EchoSchema(), "query($c: Color, $n: Int!) { echo(c: $c, n: $n) }", variables);
        Assert.Equal(RequestErrorKind.VariableCoercionError, result.RequestError);
        Assert.False(result.HasData);
        Assert.Equal(Error(message, column), Run.ToJson(result));
    }

    [Theory]
    [InlineData("query($var: String) { echo(o: { a: $var, b: 123 }) }", "{}", """{"o":{"b":123}}""")]
    [InlineData("query($var: String) { echo(o: { a: $var, b: 123 }) }", """{"var":null}""", """{"o":{"a":null,"b":123}}""")]
    [InlineData("query($var: Int!) { echo(o: { b: $var }) }", """{"var":123}""", """{"o":{"b":123}}""")]
    [InlineData("query($x: Int = 5) { echo(l: [1, $x, null], ll: 7, n: $x) }", "{}", """{"l":[1,5,null],"ll":[[7]],"n":5}""")]
    [InlineData("query($x: Int) { echo(l: [1, $x]) }", "{}", """{"l":[1,null]}""")]
    [InlineData("""{ echo(p: { dog: "Rex" }, c: RED) }""", "{}", """{"p":{"dog":"Rex"},"c":"RED"}""")]
    public async Task Literal_arguments_with_variables_inside(string query, string variables, string echoed) =>
        Assert.Equal(Data(echoed), await Echo(query, variables));

    private sealed record Point(int X, int Y);

    [Fact]
    public async Task Enums_coerce_to_internal_values_scalars_through_ParseValue_and_inputs_bind_through_Create()
    {
        Schema schema = SchemaBuilder.Build("""
            type Query { f(c: Color, at: Point, when: Day): String }
            enum Color { RED GREEN }
            input Point { x: Int! y: Int = 2 }
            scalar Day
            """);
        ((EnumType)schema.GetType("Color")!).GetValue("RED")!.Value = ConsoleColor.Red;
        var point = (InputObjectType)schema.GetType("Point")!;
        point.Create = fields => new Point((int)fields["x"]!, (int)fields["y"]!);
        ((ScalarType)schema.GetType("Day")!).ParseValue = value => DayOfWeek.Parse<DayOfWeek>((string)value!);
        ((ObjectType)schema.QueryType!).GetField("f")!.Resolver = ctx =>
            new ValueTask<object?>($"{ctx.ArgumentValue<ConsoleColor>("c")} {ctx.ArgumentValue<Point>("at")} {ctx.ArgumentValue<DayOfWeek>("when")}");

        string json = await Run.Json(schema, "query($c: Color, $p: Point, $d: Day) { f(c: $c, at: $p, when: $d) }", """{"c":"RED","p":{"x":1},"d":"Friday"}""");

        Assert.Equal(Run.Q("{'data':{'f':'Red Point { X = 1, Y = 2 } Friday'}}"), json);
    }

    [Fact]
    public async Task A_binder_that_refuses_the_fields_is_a_variable_error()
    {
        Schema schema = SchemaBuilder.Build("type Query { f(at: Point): String } input Point { x: Int! y: Int! }");
        ((InputObjectType)schema.GetType("Point")!).Create = fields =>
            (int)fields["x"]! >= 0 ? new Point((int)fields["x"]!, (int)fields["y"]!) : throw new ArgumentException("x must not be negative.");
        ((ObjectType)schema.QueryType!).GetField("f")!.Resolver = ctx => new ValueTask<object?>(ctx.ArgumentValue<Point>("at").ToString());

        ExecutionResult refused = await Run.Execute(schema, "query($p: Point) { f(at: $p) }", """{"p":{"x":-1,"y":0}}""");
        Assert.Equal(RequestErrorKind.VariableCoercionError, refused.RequestError);
        Assert.Equal("Variable \"$p\" got invalid value { x: -1, y: 0 }; Expected type \"Point\". x must not be negative.", Assert.Single(refused.Errors!).Message);

        // Field errors inside the object are reported alone: the binder never sees an incomplete map.
        ExecutionResult incomplete = await Run.Execute(schema, "query($p: Point) { f(at: $p) }", """{"p":{"x":1}}""");
        Assert.Equal("Variable \"$p\" got invalid value { x: 1 }; Field \"y\" of required type \"Int!\" was not provided.", Assert.Single(incomplete.Errors!).Message);

        string json = await Run.Json(schema, """{ f(at: { x: 3, y: 4 }) }""");
        Assert.Equal(Run.Q("{'data':{'f':'Point { X = 3, Y = 4 }'}}"), json);
    }
}
