namespace GraphQL.Language.Ast;

/// <summary>TypeDefinition, spec section 3.4: the six kinds of named type.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    public required NameNode Name { get; init; }

    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
