using GraphQL.Language;

namespace Grains.Tests.GraphQL;

/// <summary>
/// Printer output pinned against graphql-js: every expected string below was produced by
/// graphql-js 16.15.0's print(parse(source)) on the same source.
/// </summary>
public sealed class PrinterTests
{
    private const string KitchenSinkQuery = """"
        # A query touching every executable construct.
        query Q($id: ID! = "4", $list: [Int!]! = [1, 2] @dir(a: 1), $o: In = {a: {b: [1.5e3, -0.2]}, c: null, d: ENUM, e: true, f: """block
          text"""})
        @op {
          alias: field(id: $id, s: "a\"b\\c\n\u00e9\u{1F600}") @skip(if: false) @include(if: $v) {
            ... on User @x { name }
            ...Frag @y
            ... @include(if: true) { id }
            ... { id }
          }
          veryLongFieldNameToForceWrapping(argumentNumberOne: "some long value", argumentNumberTwo: 12345)
        }

        "Mutation description"
        mutation { like(id: 1) { count } }

        subscription S { changed }

        """Fragment description"""
        fragment Frag on User @f { id, ...on User { name } }

        query Vars("first variable" $a: Int, """second""" $b: String) { a }
        """";

    private const string KitchenSinkSchema = """"
        """
        The schema
        """
        schema @s { query: Q mutation: M }
        extend schema @t
        extend schema { subscription: S }
        "Scalar desc" scalar Date @specifiedBy(url: "https://example.com/date")
        extend scalar Date @x
        type Q implements & I1 & I2 @d { "field desc" f(a: Int = 1, "arg desc" b: [String!]! = ["x"] @deprecated): String @deprecated(reason: "gone") g: Q }
        extend type Q implements I3 { h: Int }
        extend type Q @e
        interface I1 implements I0 { f: String }
        extend interface I1 { g: Int }
        union U @u = | A | B
        extend union U = C
        enum E { A @deprecated B "described" C }
        extend enum E { D }
        input In @oneOf { a: Int, b: String = "s" @deprecated }
        extend input In { c: Boolean }
        "directive desc" directive @d(a: Int = 1, "b desc" b: String) repeatable on FIELD_DEFINITION | OBJECT
        directive @e on | QUERY | MUTATION
        """";

    [Fact]
    public void Prints_executable_document_like_graphql_js()
    {
        const string expected = """"
            query Q(
            $id: ID! = "4"
            $list: [Int!]! = [1, 2] @dir(a: 1)
            $o: In = {a: {b: [1.5e3, -0.2]}, c: null, d: ENUM, e: true, f: """
            block
            text
            """}
            ) @op {
              alias: field(id: $id, s: "a\"b\\c\né😀") @skip(if: false) @include(if: $v) {
                ... on User @x {
                  name
                }
                ...Frag @y
                ... @include(if: true) {
                  id
                }
                ... {
                  id
                }
              }
              veryLongFieldNameToForceWrapping(
                argumentNumberOne: "some long value"
                argumentNumberTwo: 12345
              )
            }

            "Mutation description"
            mutation {
              like(id: 1) {
                count
              }
            }

            subscription S {
              changed
            }

            """Fragment description"""
            fragment Frag on User @f {
              id
              ... on User {
                name
              }
            }

            query Vars(
            "first variable"
            $a: Int
            """second"""
            $b: String
            ) {
              a
            }
            """";
        Assert.Equal(expected, Printer.Print(Parser.Parse(KitchenSinkQuery)));
    }

    [Fact]
    public void Prints_type_system_document_like_graphql_js()
    {
        const string expected = """"
            """The schema"""
            schema @s {
              query: Q
              mutation: M
            }

            extend schema @t

            extend schema {
              subscription: S
            }

            "Scalar desc"
            scalar Date @specifiedBy(url: "https://example.com/date")

            extend scalar Date @x

            type Q implements I1 & I2 @d {
              "field desc"
              f(
                a: Int = 1
                "arg desc"
                b: [String!]! = ["x"] @deprecated
              ): String @deprecated(reason: "gone")
              g: Q
            }

            extend type Q implements I3 {
              h: Int
            }

            extend type Q @e

            interface I1 implements I0 {
              f: String
            }

            extend interface I1 {
              g: Int
            }

            union U @u = A | B

            extend union U = C

            enum E {
              A @deprecated
              B
              "described"
              C
            }

            extend enum E {
              D
            }

            input In @oneOf {
              a: Int
              b: String = "s" @deprecated
            }

            extend input In {
              c: Boolean
            }

            "directive desc"
            directive @d(
              a: Int = 1
              "b desc"
              b: String
            ) repeatable on FIELD_DEFINITION | OBJECT

            directive @e on QUERY | MUTATION
            """";
        Assert.Equal(expected, Printer.Print(Parser.Parse(KitchenSinkSchema)));
    }

    [Theory]
    [InlineData(KitchenSinkQuery)]
    [InlineData(KitchenSinkSchema)]
    public void Printing_is_a_fixed_point_after_one_round_trip(string source)
    {
        string once = Printer.Print(Parser.Parse(source));
        string twice = Printer.Print(Parser.Parse(once));
        Assert.Equal(once, twice);
    }

    [Fact]
    public void Anonymous_query_without_variables_prints_in_short_form()
    {
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));
        Assert.Equal("query ($v: Int) {\n  a\n}", Printer.Print(Parser.Parse("query ($v: Int) { a }")));
    }

    [Theory]
    [InlineData("\"\\u0000\\u001F\\u007F\\u009F\"", "\"\\u0000\\u001F\\u007F\\u009F\"")]
    [InlineData("\"tab\\there\"", "\"tab\\there\"")]
    [InlineData("\"\\u00e9\\/\"", "\"\u00e9/\"")]
    public void Strings_are_escaped_like_graphql_js_printString(string literal, string expected)
    {
        Assert.Equal(expected, Printer.Print(Parser.ParseValue(literal)));
    }

    [Fact]
    public void Block_strings_take_the_indentation_of_where_they_are_printed()
    {
        // Source and expected output from graphql-js 16.15.0 print(parse(source)).
        const string source = """"
            type T {
              """
              Line one
                indented
              Line three
              """
              f(
                """
                Arg doc
                two lines
                """
                a: Int
              ): Int
            }
            query { a { b(text: """
                multi
                  line
                block""", other: "x") { c } } }
            """";
        const string expected = """"
            type T {
              """
              Line one
                indented
              Line three
              """
              f(
                """
                Arg doc
                two lines
                """
                a: Int
              ): Int
            }

            {
              a {
                b(text: """
                multi
                  line
                block
                """, other: "x") {
                  c
                }
              }
            }
            """";
        Assert.Equal(expected, Printer.Print(Parser.Parse(source)));
    }
}
