namespace GraphQL.Language;

/// <summary>
/// A document that does not follow the grammar, or exceeds a parser limit. The message reads like
/// graphql-js's ("Syntax Error: Expected Name, found &lt;EOF&gt;.") and Location says where.
/// </summary>
public sealed class GraphQLSyntaxError : Exception
{
    public GraphQLSyntaxError(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>The message without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>Character offset in the source.</summary>
    public int Position { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    public override string ToString() => $"{Message} ({Line}:{Column})";
}
