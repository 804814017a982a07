namespace GraphQL.Language.Ast;

/// <summary>FloatValue, spec section 2.9.2. Value keeps the source text.</summary>
public sealed class FloatValueNode : ValueNode
{
    public required string Value { get; init; }
}
