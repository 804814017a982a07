namespace GraphQL.Execution;

/// <summary>
/// An error in a response (spec section 7.1.2): a message, where in the document, where in the
/// result, and extensions (we always set "code").
/// </summary>
public sealed record GraphQLError(
    string Message,
    IReadOnlyList<ErrorLocation>? Locations = null,
    IReadOnlyList<object>? Path = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out object? code) ? code as string : null;

    public static GraphQLError WithCode(string message, string code, IReadOnlyList<ErrorLocation>? locations = null, IReadOnlyList<object>? path = null) =>
        new(message, locations, path, new Dictionary<string, object?> { ["code"] = code });
}

public readonly record struct ErrorLocation(int Line, int Column);
