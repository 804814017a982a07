namespace GraphQL.Language.Ast;

/// <summary>InputObjectTypeDefinition, spec section 3.10.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public required IReadOnlyList<InputValueDefinitionNode> Fields { get; init; }
}
