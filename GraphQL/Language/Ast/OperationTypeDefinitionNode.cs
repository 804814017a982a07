namespace GraphQL.Language.Ast;

/// <summary>RootOperationTypeDefinition, spec section 3.3: query: Query.</summary>
public sealed class OperationTypeDefinitionNode : Node
{
    public required OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }
}
