namespace GraphQL.Language.Ast;

/// <summary>An operation or a fragment (spec section 2.2); since the 2025 edition both may carry a description.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    public StringValueNode? Description { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}
