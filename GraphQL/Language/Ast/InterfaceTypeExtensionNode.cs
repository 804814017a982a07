namespace GraphQL.Language.Ast;

/// <summary>InterfaceTypeExtension, spec section 3.7.1.</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }
}
