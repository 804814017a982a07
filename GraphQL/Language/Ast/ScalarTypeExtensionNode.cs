namespace GraphQL.Language.Ast;

/// <summary>ScalarTypeExtension, spec section 3.5.1.</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode;
