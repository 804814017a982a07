namespace GraphQL.Language.Ast;

/// <summary>SchemaDefinition, spec section 3.3: schema @directives { query: Query ... }.</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }

    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}
