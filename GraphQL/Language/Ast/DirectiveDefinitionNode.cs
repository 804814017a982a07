namespace GraphQL.Language.Ast;

/// <summary>DirectiveDefinition, spec section 3.13: directive @name(args) repeatable on LOCATIONS.</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public required NameNode Name { get; init; }

    public required IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; }

    public bool Repeatable { get; init; }

    /// <summary>Location names as written, e.g. FIELD_DEFINITION; the parser checks they are known.</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
}
