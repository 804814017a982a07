using GraphQL.Language;
using GraphQL.Types;

namespace Grains.Tests.GraphQL;

/// <summary>SchemaBuilder: building a schema from SDL and refusing invalid ones (spec section 3).</summary>
public sealed class SchemaBuilderTests
{
    private static IReadOnlyList<string> ErrorsOf(string sdl) =>
        Assert.Throws<SchemaValidationException>(() => SchemaBuilder.Build(sdl)).Errors.Select(e => e.Message).ToList();

    // Each SDL and its messages come from graphql-js 16.15.0: the errors buildSchema throws
    // (its SDL rules), or else the errors of validateSchema on the built schema.
    [Theory]
    [InlineData("type Query { a: Int } type Query { b: Int }", new[] { "There can be only one type named \"Query\"." })]
    [InlineData("type Query { a: Int a: String }", new[] { "Field \"Query.a\" can only be defined once." })]
    [InlineData("type Query { a(x: Int, x: Int): Int }", new[] { "Argument \"Query.a(x:)\" can only be defined once." })]
    [InlineData("type Query { a: Int } enum E { A A }", new[] { "Enum value \"E.A\" can only be defined once." })]
    [InlineData("type Query { a: Foo }", new[] { "Unknown type \"Foo\"." })]
    [InlineData("type Query { a: Int } extend type Missing { b: Int }", new[] { "Cannot extend type \"Missing\" because it is not defined." })]
    [InlineData("type Query { a: Int } scalar S extend type S @x", new[] { "Cannot extend non-object type \"S\".", "Unknown directive \"@x\"." })]
    [InlineData("type Query { a: Int } enum E { A } extend scalar E @specifiedBy(url: \"x\")", new[] { "Cannot extend non-scalar type \"E\"." })]
    [InlineData("type Query { a: Int @unknown }", new[] { "Unknown directive \"@unknown\"." })]
    [InlineData("type Query { a: Int @specifiedBy(url: \"x\") }", new[] { "Directive \"@specifiedBy\" may not be used on FIELD_DEFINITION." })]
    [InlineData("type Query { a: Int @deprecated @deprecated }", new[] { "The directive \"@deprecated\" can only be used once at this location." })]
    [InlineData("type Query { a: Int @deprecated(why: \"x\") }", new[] { "Unknown argument \"why\" on directive \"@deprecated\"." })]
    [InlineData("directive @d(a: Int!) on FIELD_DEFINITION type Query { a: Int @d }", new[] { "Directive \"@d\" argument \"a\" of type \"Int!\" is required, but it was not provided." })]
    [InlineData("schema { query: Query } schema { query: Query } type Query { a: Int }", new[] { "Must provide only one schema definition.", "There can be only one query type in schema." })]
    [InlineData("schema { query: Query query: Query } type Query { a: Int }", new[] { "There can be only one query type in schema." })]
    [InlineData("directive @d on FIELD directive @d on FIELD type Query { a: Int }", new[] { "There can be only one directive named \"@d\"." })]
    [InlineData("type Mutation { a: Int }", new[] { "Query root type must be provided." })]
    [InlineData("type Query", new[] { "Type Query must define one or more fields." })]
    [InlineData("type Query { __a: Int }", new[] { "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection." })]
    [InlineData("type __Query { a: Int } schema { query: __Query }", new[] { "Name \"__Query\" must not begin with \"__\", which is reserved by GraphQL introspection." })]
    [InlineData("type Query { a: In } input In { b: Int }", new[] { "The type of Query.a must be Output Type but got: In." })]
    [InlineData("type Query { a(x: Query): Int }", new[] { "The type of Query.a(x:) must be Input Type but got: Query." })]
    [InlineData("interface I { a: Int } type Query implements I { b: Int }", new[] { "Interface field I.a expected but Query does not provide it." })]
    [InlineData("interface I { a: Int } type Query implements I { a: String }", new[] { "Interface field I.a expects type Int but Query.a is type String." })]
    [InlineData("interface I { a(x: Int): Int } type Query implements I { a: Int }", new[] { "Interface field argument I.a(x:) expected but Query.a does not provide it." })]
    [InlineData("interface I { a(x: Int): Int } type Query implements I { a(x: String): Int }", new[] { "Interface field argument I.a(x:) expects type Int but Query.a(x:) is type String." })]
    [InlineData("interface I { a: Int } type Query implements I { a(y: Int!): Int }", new[] { "Object field Query.a includes required argument y that is missing from the Interface field I.a." })]
    [InlineData("interface I { a: Int } interface J implements I { a: Int } type Query implements J { a: Int }", new[] { "Type Query must implement I because it is implemented by J." })]
    [InlineData("interface I implements I { a: Int } type Query { a: Int }", new[] { "Type I cannot implement itself because it would create a circular reference." })]
    [InlineData("type Query { a: Int } union U", new[] { "Union type U must define one or more member types." })]
    [InlineData("type Query { a: Int } union U = Query | Query", new[] { "Union type U can only include type Query once." })]
    [InlineData("type Query { a: Int } enum E", new[] { "Enum type E must define one or more values." })]
    [InlineData("type Query { a: Int } input I", new[] { "Input Object type I must define one or more fields." })]
    [InlineData("type Query { a(x: A): Int } input A { b: B! } input B { a: A! }", new[] { "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\"." })]
    [InlineData("type Query { a(x: A): Int } input A { self: A! }", new[] { "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"self\"." })]
    [InlineData("type Query { a(x: O): Int } input O @oneOf { a: Int! b: String = \"x\" }", new[] { "OneOf input field O.a must be nullable.", "OneOf input field O.b cannot have a default value." })]
    [InlineData("type Query { a(x: Int! @deprecated): Int }", new[] { "Required argument Query.a(x:) cannot be deprecated." })]
    [InlineData("type Query { a(x: I): Int } input I { b: Int! @deprecated }", new[] { "Required input field I.b cannot be deprecated." })]
    [InlineData("type Query { a: Int @deprecated(reason: 5) }", new[] { "Argument \"reason\" has invalid value 5." })]
    [InlineData("type Query { a: Int } union U = Query | I interface I { a: Int }", new[] { "Union type U can only include Object types, it cannot include I." })]
    [InlineData("type Query implements Query { a: Int }", new[] { "Type Query must only implement Interface types, it cannot implement Query." })]
    [InlineData("type Query { a: Int } input Mutation { b: Int }", new[] { "Mutation root type must be Object type if provided, it cannot be Mutation." })]
    [InlineData("input Query { a: Int }", new[] { "Query root type must be Object type, it cannot be Query." })]
    [InlineData("type Query { a: Strng b: Quer }", new[] { "Unknown type \"Strng\". Did you mean \"String\"?", "Unknown type \"Quer\". Did you mean \"Query\"?" })]
    [InlineData("type Query { a: Int } extend type Qery { b: Int }", new[] { "Cannot extend type \"Qery\" because it is not defined. Did you mean \"Query\"?" })]
    public void Refuses_invalid_schemas_with_graphql_js_messages(string sdl, string[] messages)
    {
        Assert.Equal(messages, ErrorsOf(sdl));
    }

    [Fact]
    public void Refuses_default_values_that_do_not_fit_their_type()
    {
        // Stricter than graphql-js, which silently drops such a default.
        IReadOnlyList<string> errors = ErrorsOf("type Query { a(x: Int = \"s\", y: [Int!] = [null]): Int }");
        Assert.Equal(
            ["Default value \"s\" of \"Query.a(x:)\" is not a valid \"Int\".", "Default value [null] of \"Query.a(y:)\" is not a valid \"[Int!]\"."],
            errors);
    }

    [Fact]
    public void Errors_carry_the_location_of_the_offending_definition()
    {
        SchemaError error = Assert.Single(Assert.Throws<SchemaValidationException>(() => SchemaBuilder.Build("type Query {\n  a: Foo\n}")).Errors);
        Assert.Equal((2, 6), (error.Location!.Value.Line, error.Location.Value.Column));
    }

    [Fact]
    public void Syntax_errors_surface_as_syntax_errors()
    {
        Assert.Throws<GraphQLSyntaxError>(() => SchemaBuilder.Build("type Query {"));
    }

    [Fact]
    public void Builds_the_core_schema_with_its_roots_and_types()
    {
        Schema schema = SchemaBuilder.Build(Fixture.Read("schema-core.graphql"));
        Assert.Equal("Query", schema.QueryType!.Name);
        Assert.Equal("Mutation", schema.MutationType!.Name);
        Assert.Equal("Subscription", schema.SubscriptionType!.Name);

        var user = Assert.IsType<ObjectType>(schema.GetType("User"));
        Assert.Equal(["Node"], user.Interfaces.Select(i => i.Name));
        FieldDefinition following = user.GetField("following")!;
        Assert.Equal("UserConnection!", following.Type.ToString());
        Assert.Equal(["first", "after"], following.Arguments.Select(a => a.Name));

        var node = Assert.IsType<InterfaceType>(schema.GetType("Node"));
        Assert.Equal(["User", "Community", "Movement", "Collaboration"], schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.Equal(["Community", "Movement"], schema.GetPossibleTypes(schema.GetType("Actor")!).Select(t => t.Name));

        Argument attribute = schema.QueryType.GetField("echoChamber")!.GetArgument("attribute")!;
        Assert.Equal("LEANING", attribute.DefaultValue);
        Assert.False(attribute.IsRequired);
        Assert.Equal(1.0, schema.QueryType.GetField("communityStructure")!.GetArgument("resolution")!.DefaultValue);
        Assert.True(schema.QueryType.GetField("node")!.GetArgument("id")!.IsRequired);
    }

    [Fact]
    public void Type_order_follows_graphql_js_collection_order()
    {
        // Defined types keep document order; a built-in scalar joins the map where first referenced.
        // Expected order from graphql-js 16.15.0 Object.keys(buildSchema(sdl).getTypeMap()).
        Schema schema = SchemaBuilder.Build("type Query { b: B s: String } type B { i: Int q: Query } enum E { X }");
        Assert.Equal(
            [
                "Query", "String", "B", "Int", "E", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field",
                "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
            ],
            schema.Types.Keys);
    }

    [Fact]
    public void Extensions_are_merged_in_document_order()
    {
        Schema schema = SchemaBuilder.Build("""
            type Query { a: Int }
            extend type Query implements I { b: Int }
            interface I { b: Int }
            enum E { A }
            extend enum E { B }
            input In { x: Int }
            extend input In @oneOf { y: Int }
            union U = Query
            scalar S
            extend scalar S @specifiedBy(url: "https://example.com/s")
            """);
        var query = (ObjectType)schema.GetType("Query")!;
        Assert.Equal(["a", "b"], query.Fields.Select(f => f.Name));
        Assert.Equal(["I"], query.Interfaces.Select(i => i.Name));
        Assert.Equal(["A", "B"], ((EnumType)schema.GetType("E")!).Values.Select(v => v.Name));
        var input = (InputObjectType)schema.GetType("In")!;
        Assert.True(input.IsOneOf);
        Assert.Equal(["x", "y"], input.Fields.Select(f => f.Name));
        Assert.Equal("https://example.com/s", ((ScalarType)schema.GetType("S")!).SpecifiedByUrl);
    }

    [Fact]
    public void Deprecation_reads_the_reason_or_the_default()
    {
        Schema schema = SchemaBuilder.Build("""
            type Query { a: Int @deprecated b: Int @deprecated(reason: "use a") c(x: Int @deprecated): Int d: Int }
            enum E { A @deprecated(reason: "old") B }
            """);
        var query = schema.QueryType!;
        Assert.Equal("No longer supported", query.GetField("a")!.DeprecationReason);
        Assert.Equal("use a", query.GetField("b")!.DeprecationReason);
        Assert.True(query.GetField("c")!.GetArgument("x")!.IsDeprecated);
        Assert.False(query.GetField("d")!.IsDeprecated);
        var e = (EnumType)schema.GetType("E")!;
        Assert.Equal("old", e.GetValue("A")!.DeprecationReason);
        Assert.Null(e.GetValue("B")!.DeprecationReason);
    }

    [Fact]
    public void Input_object_defaults_fill_in_nested_field_defaults()
    {
        Schema schema = SchemaBuilder.Build("""
            type Query { f(p: P = {b: 2}): Int }
            input P { a: Int = 1 b: Int c: Q = {} }
            input Q { d: [String] = "x" }
            """);
        var value = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(schema.QueryType!.GetField("f")!.GetArgument("p")!.DefaultValue);
        Assert.Equal(1, value["a"]);
        Assert.Equal(2, value["b"]);
        var c = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value["c"]);
        Assert.Equal(new object?[] { "x" }, c["d"]);
    }

    [Fact]
    public void Custom_root_type_names_come_from_the_schema_definition()
    {
        Schema schema = SchemaBuilder.Build("\"desc\" schema { query: Q subscription: S } type Q { a: Int } type S { b: Int } type Mutation { c: Int }");
        Assert.Equal(("Q", null, "S"), (schema.QueryType!.Name, schema.MutationType?.Name, schema.SubscriptionType!.Name));
        Assert.Equal("desc", schema.Description);
    }

    [Fact]
    public void Directive_definitions_are_built_and_built_ins_added_after_them()
    {
        Schema schema = SchemaBuilder.Build("\"d\" directive @key(fields: String!) repeatable on OBJECT | INTERFACE type Query { a: Int }");
        Assert.Equal(["key", "include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        DirectiveDefinition key = schema.GetDirective("key")!;
        Assert.True(key.IsRepeatable);
        Assert.Equal([DirectiveLocation.Object, DirectiveLocation.Interface], key.Locations);
        Assert.Equal("String!", key.GetArgument("fields")!.Type.ToString());
        Assert.Equal("d", key.Description);
    }

    // Root types chosen as graphql-js 16.15.0 buildSchema chooses them (its results in the comments).
    [Theory]
    [InlineData("type Query { a: Int } type S { b: Int } extend schema { subscription: S }", "Query", null, "S")]
    [InlineData("type Q { a: Int } extend schema { query: Q }", "Q", null, null)]
    [InlineData("type Query { a: Int } type S { b: Int } type Subscription { c: Int } extend schema { subscription: S }", "Query", null, "Subscription")]
    public void Schema_extensions_name_roots_but_conventional_names_win_without_a_schema_definition(
        string sdl, string query, string? mutation, string? subscription)
    {
        Schema schema = SchemaBuilder.Build(sdl);
        Assert.Equal((query, mutation, subscription), (schema.QueryType?.Name, schema.MutationType?.Name, schema.SubscriptionType?.Name));
    }

    [Fact]
    public void Sdl_may_name_introspection_types_without_defining_them()
    {
        // graphql-js 16.15.0 builds and prints this the same way.
        Schema schema = SchemaBuilder.Build("type Query { e: __EnumValue }");
        Assert.Same(Introspection.EnumValueType, schema.QueryType!.GetField("e")!.Type);
        Assert.Equal("type Query {\n  e: __EnumValue\n}", global::GraphQL.Utilities.SchemaPrinter.Print(schema));
    }

    // Spec section 3.13 (Type Validation 2 and 3); graphql-js 16 does not check this, the message is ours.
    [Theory]
    [InlineData("directive @invalidExample(arg: String @invalidExample) on ARGUMENT_DEFINITION\ntype Query { a: Int }", "invalidExample")]
    [InlineData("directive @a(x: In) on INPUT_FIELD_DEFINITION\ninput In { f: Int @a }\ntype Query { a: Int }", "a")]
    [InlineData("directive @a(x: Int @b) on ARGUMENT_DEFINITION\ndirective @b(y: E) on ARGUMENT_DEFINITION\nenum E { V @a }\ntype Query { a: Int }", "a")]
    public void Directives_must_not_reference_themselves(string sdl, string directive)
    {
        Assert.Contains(
            $"Directive \"@{directive}\" must not reference itself, directly or through the types and directives its arguments use.",
            ErrorsOf(sdl));
    }

    [Fact]
    public void Directives_may_be_used_by_other_directives_without_a_cycle()
    {
        Schema schema = SchemaBuilder.Build("directive @a(x: Int @b) on FIELD_DEFINITION\ndirective @b on ARGUMENT_DEFINITION\ntype Query { f: Int @a(x: 1) }");
        Assert.NotNull(schema.GetDirective("a"));
    }

    // Spec section 3.10, InputObjectDefaultValueHasCycle; graphql-js 16 does not check this, the message is ours.
    [Fact]
    public void Input_object_defaults_must_not_expand_for_ever()
    {
        IReadOnlyList<string> errors = ErrorsOf("type Query { f(a: A): Int } input A { b: B = {} } input B { a: A = {} }");
        Assert.Equal(
            [
                "Invalid circular reference. The default value of Input Object field A.b references itself.",
                "Invalid circular reference. The default value of Input Object field B.a references itself.",
            ],
            errors);
        Assert.Single(ErrorsOf("type Query { f(a: A): Int } input A { self: A = {self: {}} }"));
    }

    [Fact]
    public void Input_object_defaults_that_end_are_fine()
    {
        SchemaBuilder.Build("type Query { f(a: A): Int } input A { b: B = {} self: A = {self: null} } input B { c: Int = 1 }");
    }

    // Spec section 3.6 IsValidImplementation 2.6 (September 2025); the message is ours.
    [Fact]
    public void Implementation_field_may_be_deprecated_only_if_the_interface_field_is()
    {
        Assert.Equal(
            ["Interface field Node.id is not deprecated, so implementation field Query.id must not be deprecated."],
            ErrorsOf("interface Node { id: ID } type Query implements Node { id: ID @deprecated }"));
        SchemaBuilder.Build("interface Node { id: ID @deprecated } type Query implements Node { id: ID @deprecated }");
        SchemaBuilder.Build("interface Node { id: ID @deprecated } type Query implements Node { id: ID }");
    }
}
