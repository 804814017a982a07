namespace GraphQL.Language.Ast;

/// <summary>DirectiveCoordinate :: @ Name — a directive, e.g. <c>@private</c>.</summary>
public sealed class DirectiveCoordinateNode : SchemaCoordinateNode
{
    public required NameNode Name { get; init; }
}
