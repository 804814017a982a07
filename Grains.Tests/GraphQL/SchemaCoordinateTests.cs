using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace Grains.Tests.GraphQL;

/// <summary>Schema coordinates (spec section 2.14, September 2025), with the spec's example table.</summary>
public sealed class SchemaCoordinateTests
{
    // The schema under the spec's example table.
    private static readonly Schema Business = SchemaBuilder.Build("""
        type Query {
          searchBusiness(criteria: SearchCriteria!): [Business]
        }

        input SearchCriteria {
          name: String
          filter: SearchFilter
        }

        enum SearchFilter {
          OPEN_NOW
          DELIVERS_TAKEOUT
          VEGETARIAN_MENU
        }

        type Business {
          id: ID
          name: String
          email: String @private(scope: "loggedIn")
        }

        directive @private(scope: String!) on FIELD_DEFINITION
        """);

    [Theory]
    [InlineData("Business", typeof(TypeCoordinateNode))]
    [InlineData("Business.name", typeof(MemberCoordinateNode))]
    [InlineData("Query.searchBusiness(criteria:)", typeof(ArgumentCoordinateNode))]
    [InlineData("@private", typeof(DirectiveCoordinateNode))]
    [InlineData("@private(scope:)", typeof(DirectiveArgumentCoordinateNode))]
    public void Parses_and_prints_each_kind(string text, Type kind)
    {
        SchemaCoordinateNode coordinate = Parser.ParseSchemaCoordinate(text);
        Assert.IsType(kind, coordinate);
        Assert.Equal(text, Printer.Print(coordinate));
    }

    // Messages and columns from graphql-js 16.15.0 parseSchemaCoordinate.
    [Theory]
    [InlineData("Business. name", "Syntax Error: Invalid character: \" \".", 10)]
    [InlineData("Business.name(x)", "Syntax Error: Expected \":\", found \")\".", 16)]
    [InlineData("@", "Syntax Error: Expected Name, found <EOF>.", 2)]
    [InlineData("1abc", "Syntax Error: Invalid character: \"1\".", 1)]
    [InlineData("Business.name.x", "Syntax Error: Expected <EOF>, found \".\".", 14)]
    [InlineData(" Business", "Syntax Error: Invalid character: \" \".", 1)]
    [InlineData("Type.field(arg: )", "Syntax Error: Invalid character: \" \".", 16)]
    public void Refuses_malformed_coordinates(string text, string message, int column)
    {
        GraphQLSyntaxError error = Assert.Throws<GraphQLSyntaxError>(() => Parser.ParseSchemaCoordinate(text));
        Assert.Equal((message, column), (error.Message, error.Column));
    }

    [Fact]
    public void Resolves_every_row_of_the_spec_table()
    {
        Assert.Same(Business.GetType("Business"), SchemaCoordinates.Resolve(Business, "Business"));
        Assert.Equal("name", Assert.IsType<FieldDefinition>(SchemaCoordinates.Resolve(Business, "Business.name")).Name);
        Assert.Equal("filter", Assert.IsType<InputField>(SchemaCoordinates.Resolve(Business, "SearchCriteria.filter")).Name);
        Assert.Equal("OPEN_NOW", Assert.IsType<EnumValue>(SchemaCoordinates.Resolve(Business, "SearchFilter.OPEN_NOW")).Name);
        Assert.Equal("criteria", Assert.IsType<Argument>(SchemaCoordinates.Resolve(Business, "Query.searchBusiness(criteria:)")).Name);
        Assert.Equal("private", Assert.IsType<DirectiveDefinition>(SchemaCoordinates.Resolve(Business, "@private")).Name);
        Assert.Equal("scope", Assert.IsType<Argument>(SchemaCoordinates.Resolve(Business, "@private(scope:)")).Name);
        Assert.Equal("reason", Assert.IsType<Argument>(SchemaCoordinates.Resolve(Business, "@deprecated(reason:)")).Name);
    }

    [Fact]
    public void Missing_leaf_resolves_to_nothing_but_missing_container_is_an_error()
    {
        Assert.Null(SchemaCoordinates.Resolve(Business, "Nope"));
        Assert.Null(SchemaCoordinates.Resolve(Business, "Business.nope"));
        Assert.Null(SchemaCoordinates.Resolve(Business, "@nope"));
        Assert.Throws<InvalidOperationException>(() => SchemaCoordinates.Resolve(Business, "Nope.name"));
        Assert.Throws<InvalidOperationException>(() => SchemaCoordinates.Resolve(Business, "Business.nope(x:)"));
        Assert.Throws<InvalidOperationException>(() => SchemaCoordinates.Resolve(Business, "@nope(x:)"));
        Assert.Throws<InvalidOperationException>(() => SchemaCoordinates.Resolve(Business, "String.length"));
    }
}
