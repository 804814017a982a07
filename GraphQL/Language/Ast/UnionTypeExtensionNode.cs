namespace GraphQL.Language.Ast;

/// <summary>UnionTypeExtension, spec section 3.8.1.</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public required IReadOnlyList<NamedTypeNode> Types { get; init; }
}
