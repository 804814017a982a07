namespace GraphQL.Language.Ast;

/// <summary>Definition, spec section 2.2: executable, type system definition or extension.</summary>
public abstract class DefinitionNode : Node;
