namespace GraphQL.Language.Ast;

/// <summary>Document, spec section 2.2: a list of definitions.</summary>
public sealed class DocumentNode : Node
{
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    /// <summary>How many tokens the parser read, end of file included.</summary>
    public int TokenCount { get; init; }

    /// <summary>
    /// Whether any $variable appears (declared or used); when not, validation and execution can
    /// skip all variable handling. Documents built in code should set it if they have variables.
    /// </summary>
    public bool HasVariables { get; init; } = true;
}
