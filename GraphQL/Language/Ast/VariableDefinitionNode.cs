namespace GraphQL.Language.Ast;

/// <summary>VariableDefinition, spec section 2.10: $name: Type = default @directives.</summary>
public sealed class VariableDefinitionNode : Node
{
    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
