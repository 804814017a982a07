namespace GraphQL.Language.Ast;

/// <summary>TypeSystemDefinition, spec section 3: schema, type or directive definition.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    public StringValueNode? Description { get; init; }
}
