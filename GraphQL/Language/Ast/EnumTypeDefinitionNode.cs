namespace GraphQL.Language.Ast;

/// <summary>EnumTypeDefinition, spec section 3.9.</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public required IReadOnlyList<EnumValueDefinitionNode> Values { get; init; }
}
