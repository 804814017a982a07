namespace GraphQL.Language.Ast;

/// <summary>ObjectField, spec section 2.9.8: name: value inside an object value.</summary>
public sealed class ObjectFieldNode : Node
{
    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
