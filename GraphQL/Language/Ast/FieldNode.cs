namespace GraphQL.Language.Ast;

/// <summary>Field, spec section 2.5: alias: name(arguments) @directives { selections }.</summary>
public sealed class FieldNode : SelectionNode
{
    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public required IReadOnlyList<ArgumentNode> Arguments { get; init; }

    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The key this field's result is stored under: the alias if there is one.</summary>
    public string ResponseKey => (Alias ?? Name).Value;
}
