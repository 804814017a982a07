namespace GraphQL.Language.Ast;

/// <summary>StringValue, spec section 2.9.4. Value is decoded; Block says it was written as """...""".</summary>
public sealed class StringValueNode : ValueNode
{
    public required string Value { get; init; }

    public bool Block { get; init; }
}
