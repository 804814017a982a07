namespace GraphQL.Language.Ast;

/// <summary>InterfaceTypeDefinition, spec section 3.7; interfaces may implement interfaces.</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public required IReadOnlyList<NamedTypeNode> Interfaces { get; init; }

    public required IReadOnlyList<FieldDefinitionNode> Fields { get; init; }
}
