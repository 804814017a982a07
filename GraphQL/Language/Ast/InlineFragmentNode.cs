namespace GraphQL.Language.Ast;

/// <summary>InlineFragment, spec section 2.8.2: ... on Type @directives { selections }.</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    public NamedTypeNode? TypeCondition { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}
