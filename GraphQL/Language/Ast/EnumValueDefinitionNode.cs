namespace GraphQL.Language.Ast;

/// <summary>EnumValueDefinition, spec section 3.9.</summary>
public sealed class EnumValueDefinitionNode : Node
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
