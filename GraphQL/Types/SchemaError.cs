using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>One reason a schema is invalid, worded as graphql-js words it, with where it was found in SDL.</summary>
public sealed record SchemaError(string Message, Location? Location = null)
{
    public override string ToString() => Location is { } at && at.Line > 0 ? $"{Message} ({at})" : Message;
}
