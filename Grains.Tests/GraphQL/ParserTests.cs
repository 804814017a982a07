using GraphQL.Language;
using GraphQL.Language.Ast;

namespace Grains.Tests.GraphQL;

/// <summary>Parser behaviour: the grammar of spec sections 2 and 3, locations, errors and limits.</summary>
public sealed class ParserTests
{
    // Messages and positions produced by graphql-js 16.15.0 parse() on the same sources.
    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("type A {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on FIELD | UNKNOWN", "Syntax Error: Unexpected Name \"UNKNOWN\".", 1, 25)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A @x", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("type A implements B & { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 23)]
    [InlineData("query @ { a }", "Syntax Error: Expected Name, found \"{\".", 1, 9)]
    [InlineData("schema { query: Q", "Syntax Error: Expected Name, found <EOF>.", 1, 18)]
    [InlineData("{ a(b: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9)]
    [InlineData("query Q($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("union U = ", "Syntax Error: Expected Name, found <EOF>.", 1, 11)]
    [InlineData("\"d\" query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 10)]
    [InlineData("input I { a: Int = }", "Syntax Error: Unexpected \"}\".", 1, 20)]
    [InlineData("{ a }  }", "Syntax Error: Unexpected \"}\".", 1, 8)]
    public void Syntax_errors_read_like_graphql_js(string source, string message, int line, int column)
    {
        GraphQLSyntaxError error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source));
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Parses_a_field_with_alias_arguments_directives_and_selections()
    {
        DocumentNode document = Parser.Parse("{ me: user(id: 4, tags: [\"a\"], filter: {near: $here}) @include(if: $v) { name } }");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("me", field.Alias!.Value);
        Assert.Equal("user", field.Name.Value);
        Assert.Equal("me", field.ResponseKey);
        Assert.Equal(["id", "tags", "filter"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("4", Assert.IsType<IntValueNode>(field.Arguments[0].Value).Value);
        var tags = Assert.IsType<ListValueNode>(field.Arguments[1].Value);
        Assert.Equal("a", Assert.IsType<StringValueNode>(Assert.Single(tags.Values)).Value);
        var filter = Assert.IsType<ObjectValueNode>(field.Arguments[2].Value);
        Assert.Equal("here", Assert.IsType<VariableNode>(Assert.Single(filter.Fields).Value).Name.Value);
        Assert.Equal("include", Assert.Single(field.Directives).Name.Value);
        Assert.Equal("name", Assert.IsType<FieldNode>(Assert.Single(field.SelectionSet!.Selections)).Name.Value);
    }

    [Fact]
    public void Distinguishes_true_false_null_and_enum_values()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[true, false, null, RED, 1.5]"));
        Assert.True(Assert.IsType<BooleanValueNode>(list.Values[0]).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(list.Values[1]).Value);
        Assert.IsType<NullValueNode>(list.Values[2]);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(list.Values[3]).Value);
        Assert.Equal("1.5", Assert.IsType<FloatValueNode>(list.Values[4]).Value);
    }

    [Fact]
    public void Nodes_carry_offsets_line_and_column()
    {
        const string source = "query Q {\n  a\n  b(x: 1) { c }\n}";
        var operation = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];
        Assert.Equal(new Location(0, source.Length, 1, 1), operation.Location);
        var b = (FieldNode)operation.SelectionSet.Selections[1];
        Assert.Equal(new Location(16, 29, 3, 3), b.Location);
        Assert.Equal("b(x: 1) { c }", source[b.Location.Start..b.Location.End]);
        Assert.Equal(new Location(18, 22, 3, 5), b.Arguments[0].Location);
        Assert.Equal(new Location(8, source.Length, 1, 9), operation.SelectionSet.Location);
    }

    [Fact]
    public void Parses_variable_definitions_with_defaults_directives_and_descriptions()
    {
        var operation = (OperationDefinitionNode)Parser.Parse(
            "\"op\" query Q(\"the id\" $id: [ID!]! = [\"1\"] @dir, $n: Int) @op { a }").Definitions[0];
        Assert.Equal("op", operation.Description!.Value);
        Assert.Equal("Q", operation.Name!.Value);
        VariableDefinitionNode id = operation.VariableDefinitions[0];
        Assert.Equal("the id", id.Description!.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(id.Type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        var inner = Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(inner.Type).Name.Value);
        Assert.IsType<ListValueNode>(id.DefaultValue);
        Assert.Equal("dir", Assert.Single(id.Directives).Name.Value);
        Assert.Null(operation.VariableDefinitions[1].DefaultValue);
        Assert.Equal("op", Assert.Single(operation.Directives).Name.Value);
    }

    [Fact]
    public void Parses_fragments_spreads_and_inline_fragments()
    {
        DocumentNode document = Parser.Parse(
            "{ ...F @a ... on T { x } ... @b { y } }\n\"\"\"frag\"\"\" fragment F on T @c { z }");
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal(("F", "a"), (spread.Name.Value, spread.Directives[0].Name.Value));
        var typed = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Equal("T", typed.TypeCondition!.Name.Value);
        var untyped = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(untyped.TypeCondition);
        Assert.Equal("b", untyped.Directives[0].Name.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("frag", true), (fragment.Description!.Value, fragment.Description.Block));
        Assert.Equal(("F", "T", "c"), (fragment.Name.Value, fragment.TypeCondition.Name.Value, fragment.Directives[0].Name.Value));
    }

    [Fact]
    public void Keywords_are_ordinary_names_where_a_name_is_expected()
    {
        // Spec section 2.1.9: names are not reserved; "query", "fragment", "on" etc. may be field names.
        var operation = (OperationDefinitionNode)Parser.Parse("{ query fragment on type(on: on) schema }").Definitions[0];
        Assert.Equal(["query", "fragment", "on", "type", "schema"],
            operation.SelectionSet.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
        Assert.Equal("on", Assert.IsType<EnumValueNode>(((FieldNode)operation.SelectionSet.Selections[3]).Arguments[0].Value).Value);
    }

    [Fact]
    public void Parses_every_type_system_definition()
    {
        DocumentNode document = Parser.Parse("""
            "desc" schema @s { query: Q mutation: M subscription: S }
            scalar Date @specifiedBy(url: "https://example.com")
            type Q implements & A & B @d { "f" f("a" a: Int = 1 @deprecated): [String!]! @deprecated(reason: "x") }
            interface A implements B { f: Int }
            union U = | X | Y
            enum E { ONE @deprecated TWO }
            input I @oneOf { a: Int b: String = "s" }
            directive @d(a: Int) repeatable on FIELD_DEFINITION | OBJECT
            directive @e on | QUERY
            """);
        Assert.Collection(document.Definitions,
            d =>
            {
                var schema = Assert.IsType<SchemaDefinitionNode>(d);
                Assert.Equal("desc", schema.Description!.Value);
                Assert.Equal([OperationType.Query, OperationType.Mutation, OperationType.Subscription], schema.OperationTypes.Select(o => o.Operation));
            },
            d => Assert.Equal("specifiedBy", Assert.IsType<ScalarTypeDefinitionNode>(d).Directives[0].Name.Value),
            d =>
            {
                var type = Assert.IsType<ObjectTypeDefinitionNode>(d);
                Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
                FieldDefinitionNode field = Assert.Single(type.Fields);
                Assert.Equal("f", field.Description!.Value);
                InputValueDefinitionNode argument = Assert.Single(field.Arguments);
                Assert.Equal(("a", "a", "1"), (argument.Description!.Value, argument.Name.Value, ((IntValueNode)argument.DefaultValue!).Value));
                Assert.Equal("deprecated", Assert.Single(argument.Directives).Name.Value);
            },
            d => Assert.Equal("B", Assert.Single(Assert.IsType<InterfaceTypeDefinitionNode>(d).Interfaces).Name.Value),
            d => Assert.Equal(["X", "Y"], Assert.IsType<UnionTypeDefinitionNode>(d).Types.Select(t => t.Name.Value)),
            d => Assert.Equal(["ONE", "TWO"], Assert.IsType<EnumTypeDefinitionNode>(d).Values.Select(v => v.Name.Value)),
            d =>
            {
                var input = Assert.IsType<InputObjectTypeDefinitionNode>(d);
                Assert.Equal("oneOf", Assert.Single(input.Directives).Name.Value);
                Assert.Equal(["a", "b"], input.Fields.Select(f => f.Name.Value));
            },
            d =>
            {
                var directive = Assert.IsType<DirectiveDefinitionNode>(d);
                Assert.True(directive.Repeatable);
                Assert.Equal(["FIELD_DEFINITION", "OBJECT"], directive.Locations.Select(l => l.Value));
            },
            d =>
            {
                var directive = Assert.IsType<DirectiveDefinitionNode>(d);
                Assert.False(directive.Repeatable);
                Assert.Equal(["QUERY"], directive.Locations.Select(l => l.Value));
            });
    }

    [Fact]
    public void Parses_every_extension()
    {
        DocumentNode document = Parser.Parse("""
            extend schema @a { subscription: S }
            extend scalar D @b
            extend type T implements I @c { x: Int }
            extend interface I { y: Int }
            extend union U = V
            extend enum E { THREE }
            extend input In { z: Int }
            extend type T @only
            """);
        Assert.Equal(
            [typeof(SchemaExtensionNode), typeof(ScalarTypeExtensionNode), typeof(ObjectTypeExtensionNode),
             typeof(InterfaceTypeExtensionNode), typeof(UnionTypeExtensionNode), typeof(EnumTypeExtensionNode),
             typeof(InputObjectTypeExtensionNode), typeof(ObjectTypeExtensionNode)],
            document.Definitions.Select(d => d.GetType()));
        var last = (ObjectTypeExtensionNode)document.Definitions[7];
        Assert.Empty(last.Fields);
        Assert.Equal("only", Assert.Single(last.Directives).Name.Value);
    }

    [Fact]
    public void ParseType_and_ParseValue_read_a_lone_construct()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[Int]!]!"));
        Assert.IsType<ListTypeNode>(type.Type);
        Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseType("Int Int"));
        Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseConstValue("$v"));
        Assert.IsType<VariableNode>(Parser.ParseValue("$v"));
    }

    [Fact]
    public void Refuses_documents_with_more_tokens_than_allowed()
    {
        var options = new ParserOptions { MaxTokens = 5 };
        Assert.NotNull(Parser.Parse("{ a b c }", options));
        GraphQLSyntaxError error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse("{ a b c d }", options));
        Assert.Equal("Syntax Error: Document contains more than 5 tokens. Parsing aborted.", error.Message);
        Assert.Equal(11, error.Column); // the sixth token, "}"
    }

    [Theory]
    [InlineData("{ a { b { c } } }", 3, true)]
    [InlineData("{ a { b { c { d } } } }", 3, false)]
    [InlineData("{ a(x: [[1]]) }", 3, true)]
    [InlineData("{ a(x: [[[1]]]) }", 3, false)]
    [InlineData("{ a(x: {b: {c: 1}}) }", 3, true)]
    [InlineData("{ a(x: {b: {c: {d: 1}}}) }", 3, false)]
    [InlineData("query($v: [[Int]]) { a }", 2, true)]
    [InlineData("query($v: [[[Int]]]) { a }", 2, false)]
    public void Counts_nesting_of_selections_values_and_list_types(string source, int maxDepth, bool accepted)
    {
        var options = new ParserOptions { MaxDepth = maxDepth };
        if (accepted)
        {
            Assert.NotNull(Parser.Parse(source, options));
        }
        else
        {
            GraphQLSyntaxError error = Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(source, options));
            Assert.StartsWith($"Syntax Error: Document exceeds the maximum nesting depth of {maxDepth}.", error.Message);
        }
    }

    [Fact]
    public void Hostile_nesting_is_refused_without_exhausting_the_stack()
    {
        // 100 000 open brackets would overflow the stack of a parser that checked depth too late.
        string deepList = "{ a(x: " + new string('[', 100_000) + " ) }";
        string deepSelection = string.Concat(Enumerable.Repeat("{ a ", 100_000));
        Assert.Contains("maximum nesting depth", Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(deepList)).Message);
        Assert.Contains("maximum nesting depth", Assert.Throws<GraphQLSyntaxError>(() => Parser.Parse(deepSelection)).Message);
    }

    [Fact]
    public void Document_reports_its_token_count()
    {
        Assert.Equal(5, Parser.Parse("{ a b }").TokenCount);
    }

    [Theory]
    [InlineData("{ a }", false)]
    [InlineData("{ a(x: $v) }", true)]
    [InlineData("query ($v: Int) { a }", true)]
    [InlineData("{ a(x: \"$v\") }", false)]
    public void Document_says_whether_it_mentions_variables(string source, bool hasVariables)
    {
        Assert.Equal(hasVariables, Parser.Parse(source).HasVariables);
    }
}
