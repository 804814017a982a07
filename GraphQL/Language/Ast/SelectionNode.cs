namespace GraphQL.Language.Ast;

/// <summary>Selection, spec section 2.4: a field, a fragment spread or an inline fragment.</summary>
public abstract class SelectionNode : Node
{
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
