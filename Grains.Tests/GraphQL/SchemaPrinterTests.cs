using GraphQL.Types;
using GraphQL.Utilities;

namespace Grains.Tests.GraphQL;

/// <summary>
/// SchemaPrinter against graphql-js: each *.printed.graphql fixture is the output of graphql-js
/// 16.15.0 printSchema(buildSchema(sdl)) for the matching *.graphql fixture (the same text as
/// printSchema(buildClientSchema(introspectionFromSchema(...))), which the script also checked).
/// </summary>
public sealed class SchemaPrinterTests
{
    [Theory]
    [InlineData("schema-core")]
    [InlineData("kitchen-sink")]
    public void Prints_byte_for_byte_like_graphql_js(string fixture)
    {
        Schema schema = SchemaBuilder.Build(Fixture.Read(fixture + ".graphql"));
        Assert.Equal(Fixture.Read(fixture + ".printed.graphql"), SchemaPrinter.Print(schema));
    }

    [Theory]
    [InlineData("schema-core")]
    [InlineData("kitchen-sink")]
    public void Printed_schema_builds_into_a_schema_that_prints_the_same(string fixture)
    {
        string printed = SchemaPrinter.Print(SchemaBuilder.Build(Fixture.Read(fixture + ".graphql")));
        Assert.Equal(printed, SchemaPrinter.Print(SchemaBuilder.Build(printed)));
    }

    [Fact]
    public void Schema_definition_is_omitted_for_conventional_root_names_only()
    {
        Assert.Equal("type Query {\n  a: Int\n}", SchemaPrinter.Print(SchemaBuilder.Build("schema { query: Query } type Query { a: Int }")));
        Assert.Equal(
            "schema {\n  query: Q\n}\n\ntype Q {\n  a: Int\n}",
            SchemaPrinter.Print(SchemaBuilder.Build("schema { query: Q } type Q { a: Int }")));
    }

    [Fact]
    public void Built_in_directives_and_scalars_are_left_out_even_when_redeclared()
    {
        const string sdl = "directive @deprecated(reason: String = \"No longer supported\") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE\nscalar String\ntype Query { a: String }";
        Assert.Equal("type Query {\n  a: String\n}", SchemaPrinter.Print(SchemaBuilder.Build(sdl)));
    }

    [Fact]
    public void Default_values_are_printed_from_their_coerced_value()
    {
        // graphql-js prints defaults via astFromValue(valueFromAST(literal)): 2.0 is the number 2.
        Schema schema = SchemaBuilder.Build("type Query { f(a: Float = 2.0, b: [Int] = 3, c: ID = \"007\", d: ID = \"12\"): Int }");
        Assert.Equal("type Query {\n  f(a: Float = 2, b: [Int] = [3], c: ID = \"007\", d: ID = 12): Int\n}", SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Introspection_default_value_text_matches_the_printed_schema()
    {
        Schema schema = SchemaBuilder.Build(Fixture.Read("schema-core.graphql"));
        FieldDefinition structure = schema.QueryType!.GetField("communityStructure")!;
        Assert.Equal("1", Introspection.DefaultValueText(structure.GetArgument("resolution")!));
        Assert.Null(Introspection.DefaultValueText(structure.GetArgument("minVersion")!));
        Assert.Equal("LEANING", Introspection.DefaultValueText(schema.QueryType.GetField("echoChamber")!.GetArgument("attribute")!));
    }

    [Fact]
    public void Schemas_built_in_code_print_their_clr_default_values()
    {
        var input = new InputObjectType("Range");
        input.AddField(new InputField("low", BuiltInScalars.Float));
        input.AddField(new InputField("tags", new ListType(BuiltInScalars.String)));
        var query = new ObjectType("Query");
        var field = new FieldDefinition("f", BuiltInScalars.Int);
        field.AddArgument(new Argument("range", input)
        {
            DefaultValue = new Dictionary<string, object?> { ["tags"] = new List<string> { "a", "b" }, ["low"] = 0.5 },
        });
        field.AddArgument(new Argument("limit", new NonNullType(BuiltInScalars.Int)) { DefaultValue = 10L });
        query.AddField(field);
        var schema = new Schema(query);
        Assert.Equal(
            "type Query {\n  f(range: Range = {low: 0.5, tags: [\"a\", \"b\"]}, limit: Int! = 10): Int\n}\n\ninput Range {\n  low: Float\n  tags: [String]\n}",
            SchemaPrinter.Print(schema));
    }
}
