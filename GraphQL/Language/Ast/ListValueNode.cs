namespace GraphQL.Language.Ast;

/// <summary>ListValue, spec section 2.9.7.</summary>
public sealed class ListValueNode : ValueNode
{
    public required IReadOnlyList<ValueNode> Values { get; init; }
}
