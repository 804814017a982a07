namespace GraphQL.Language.Ast;

/// <summary>NullValue, spec section 2.9.5.</summary>
public sealed class NullValueNode : ValueNode;
