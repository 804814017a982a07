namespace GraphQL.Language.Ast;

/// <summary>TypeCoordinate :: Name — a named type, e.g. <c>Business</c>.</summary>
public sealed class TypeCoordinateNode : SchemaCoordinateNode
{
    public required NameNode Name { get; init; }
}
