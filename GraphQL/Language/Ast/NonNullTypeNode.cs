namespace GraphQL.Language.Ast;

/// <summary>NonNullType, spec section 2.11: Type!, where Type is named or a list.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    public required TypeNode Type { get; init; }
}
