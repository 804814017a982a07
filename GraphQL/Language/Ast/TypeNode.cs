namespace GraphQL.Language.Ast;

/// <summary>Type reference, spec section 2.11: Name, [Type] or Type!.</summary>
public abstract class TypeNode : Node;
