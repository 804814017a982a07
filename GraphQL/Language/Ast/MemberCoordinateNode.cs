namespace GraphQL.Language.Ast;

/// <summary>MemberCoordinate :: Name . Name — a field, input field or enum value, e.g. <c>Business.name</c>.</summary>
public sealed class MemberCoordinateNode : SchemaCoordinateNode
{
    public required NameNode Name { get; init; }

    public required NameNode MemberName { get; init; }
}
