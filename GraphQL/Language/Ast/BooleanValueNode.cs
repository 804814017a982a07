namespace GraphQL.Language.Ast;

/// <summary>BooleanValue, spec section 2.9.3.</summary>
public sealed class BooleanValueNode : ValueNode
{
    public required bool Value { get; init; }
}
