namespace GraphQL.Language.Ast;

/// <summary>ObjectTypeDefinition, spec section 3.6.</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }
}
