namespace GraphQL.Language.Ast;

/// <summary>InputObjectTypeExtension, spec section 3.10.1.</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public required IReadOnlyList<InputValueDefinitionNode> Fields { get; init; }
}
