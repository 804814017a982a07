namespace GraphQL.Language.Ast;

/// <summary>DirectiveArgumentCoordinate :: @ Name ( Name : ) — a directive argument, e.g. <c>@private(scope:)</c>.</summary>
public sealed class DirectiveArgumentCoordinateNode : SchemaCoordinateNode
{
    public required NameNode Name { get; init; }

    public required NameNode ArgumentName { get; init; }
}
