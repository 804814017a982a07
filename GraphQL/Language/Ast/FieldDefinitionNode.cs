namespace GraphQL.Language.Ast;

/// <summary>FieldDefinition, spec section 3.6: name(arguments): Type @directives.</summary>
public sealed class FieldDefinitionNode : Node
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; }

    public required TypeNode Type { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
