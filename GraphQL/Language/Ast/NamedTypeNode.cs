namespace GraphQL.Language.Ast;

/// <summary>NamedType, spec section 2.11.</summary>
public sealed class NamedTypeNode : TypeNode
{
    public required NameNode Name { get; init; }
}
