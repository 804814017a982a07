namespace GraphQL.Language.Ast;

/// <summary>SchemaExtension, spec section 3.3.2.</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}
