namespace GraphQL.Language.Ast;

/// <summary>IntValue, spec section 2.9.1. Value keeps the source text; coercion happens against a type.</summary>
public sealed class IntValueNode : ValueNode
{
    public required string Value { get; init; }
}
