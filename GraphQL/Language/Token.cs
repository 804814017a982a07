namespace GraphQL.Language;

/// <summary>
/// One lexical token. Value holds the name, the number's source text or the decoded
/// string; punctuators and end of file have none.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    public Location Location => new(Start, End, Line, Column);
}
