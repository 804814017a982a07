namespace GraphQL.Language.Ast;

/// <summary>FragmentDefinition, spec section 2.8: fragment Name on Type @directives { selections }.</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public required NameNode Name { get; init; }

    public required NamedTypeNode TypeCondition { get; init; }
}
