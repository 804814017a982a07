namespace GraphQL.Language.Ast;

/// <summary>Name, spec section 2.1.9.</summary>
public sealed class NameNode : Node
{
    public required string Value { get; init; }

    public override string ToString() => Value;
}
