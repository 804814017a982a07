using GraphQL.Types.Descriptors;

namespace GraphQL.Types;

/// <summary>The entry point of the code-first API, next to the SDL builder, as in HotChocolate.</summary>
public sealed partial class SchemaBuilder
{
    /// <summary>Starts a schema declared in code (<see cref="CodeFirstSchemaBuilder"/>).</summary>
    public static CodeFirstSchemaBuilder New() => new();
}
