namespace GraphQL.Language;

/// <summary>
/// Limits that keep a hostile document from costing more than it should. Both are checked while
/// parsing, so an oversized document is refused before it is built, and nesting is counted before
/// the parser recurses, so a deep document cannot exhaust the stack.
/// </summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// Most tokens a document may hold (end of file not counted). graphql-js's option of the
    /// same purpose is maxTokens.
    /// </summary>
    public int MaxTokens { get; init; } = 100_000;

    /// <summary>
    /// Deepest nesting of selection sets, list and object values, and list types, all counted together.
    /// </summary>
    public int MaxDepth { get; init; } = 100;
}
