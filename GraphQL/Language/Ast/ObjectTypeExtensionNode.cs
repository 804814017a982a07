namespace GraphQL.Language.Ast;

/// <summary>ObjectTypeExtension, spec section 3.6.3.</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }
}
