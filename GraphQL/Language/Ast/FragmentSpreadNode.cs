namespace GraphQL.Language.Ast;

/// <summary>FragmentSpread, spec section 2.8: ...Name @directives.</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public required NameNode Name { get; init; }
}
