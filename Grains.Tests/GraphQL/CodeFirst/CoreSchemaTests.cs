using GraphQL.Types;
using GraphQL.Utilities;

namespace Grains.Tests.GraphQL.CodeFirst;

public sealed class CoreSchemaTests
{
    [Fact]
    public void Code_first_schema_core_prints_exactly_as_the_sdl()
    {
        string expected = SchemaPrinter.Print(SchemaBuilder.Build(Fixture.Read("schema-core.graphql")));

        string actual = SchemaPrinter.Print(CoreSchema.Builder().Create());

        Assert.Equal(expected, actual);
    }
}
