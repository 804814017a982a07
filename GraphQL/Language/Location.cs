namespace GraphQL.Language;

/// <summary>
/// Where a token or AST node sits in its source: the half-open character range
/// [Start, End) and the 1-based line and column of Start.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
