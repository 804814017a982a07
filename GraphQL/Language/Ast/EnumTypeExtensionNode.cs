namespace GraphQL.Language.Ast;

/// <summary>EnumTypeExtension, spec section 3.9.1.</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public required IReadOnlyList<EnumValueDefinitionNode> Values { get; init; }
}
