namespace GraphQL.Language.Ast;

/// <summary>Variable, spec section 2.10: $name.</summary>
public sealed class VariableNode : ValueNode
{
    public required NameNode Name { get; init; }
}
