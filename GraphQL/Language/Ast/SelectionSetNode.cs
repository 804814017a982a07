namespace GraphQL.Language.Ast;

/// <summary>SelectionSet, spec section 2.4.</summary>
public sealed class SelectionSetNode : Node
{
    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}
