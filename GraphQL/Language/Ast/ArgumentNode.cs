namespace GraphQL.Language.Ast;

/// <summary>Argument, spec section 2.6.</summary>
public sealed class ArgumentNode : Node
{
    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
