namespace GraphQL.Language.Ast;

/// <summary>EnumValue, spec section 2.9.6: a name other than true, false or null.</summary>
public sealed class EnumValueNode : ValueNode
{
    public required string Value { get; init; }
}
