namespace GraphQL.Language.Ast;

/// <summary>ListType, spec section 2.11: [Type].</summary>
public sealed class ListTypeNode : TypeNode
{
    public required TypeNode Type { get; init; }
}
