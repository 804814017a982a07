namespace GraphQL.Language.Ast;

/// <summary>TypeSystemExtension, spec section 3: extend schema or extend a type.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
