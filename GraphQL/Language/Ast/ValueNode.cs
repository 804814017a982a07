namespace GraphQL.Language.Ast;

/// <summary>Value, spec section 2.9.</summary>
public abstract class ValueNode : Node;
