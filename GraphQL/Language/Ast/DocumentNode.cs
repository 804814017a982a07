namespace GraphQL.Language.Ast;

/// <summary>Document, spec section 2.2: a list of definitions.</summary>
public sealed class DocumentNode : Node
{
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    /// <summary>How many tokens the parser read, end of file included.</summary>
    public int TokenCount { get; init; }
}
