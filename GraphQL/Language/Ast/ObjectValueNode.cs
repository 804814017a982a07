namespace GraphQL.Language.Ast;

/// <summary>ObjectValue, spec section 2.9.8.</summary>
public sealed class ObjectValueNode : ValueNode
{
    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}
