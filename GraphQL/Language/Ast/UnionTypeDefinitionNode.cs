namespace GraphQL.Language.Ast;

/// <summary>UnionTypeDefinition, spec section 3.8: union U = A | B.</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public required IReadOnlyList<NamedTypeNode> Types { get; init; }
}
