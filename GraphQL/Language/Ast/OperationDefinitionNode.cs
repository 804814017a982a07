namespace GraphQL.Language.Ast;

/// <summary>OperationDefinition, spec section 2.3. A bare selection set is an anonymous query.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public required OperationType Operation { get; init; }

    public NameNode? Name { get; init; }

    public required IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; }
}
