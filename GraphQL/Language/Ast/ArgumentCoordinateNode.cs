namespace GraphQL.Language.Ast;

/// <summary>ArgumentCoordinate :: Name . Name ( Name : ) — a field argument, e.g. <c>Query.search(criteria:)</c>.</summary>
public sealed class ArgumentCoordinateNode : SchemaCoordinateNode
{
    public required NameNode Name { get; init; }

    public required NameNode FieldName { get; init; }

    public required NameNode ArgumentName { get; init; }
}
