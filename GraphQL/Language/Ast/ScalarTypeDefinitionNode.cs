namespace GraphQL.Language.Ast;

/// <summary>ScalarTypeDefinition, spec section 3.5.</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode;
