namespace GraphQL.Language.Ast;

/// <summary>InputValueDefinition, spec section 3.6.1: an argument or an input field.</summary>
public sealed class InputValueDefinitionNode : Node
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
