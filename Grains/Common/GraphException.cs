namespace Network.Grains.Common;

/// <summary>
/// A refused request: bad input, a missing node, a broken invariant. Nothing was written.
/// <see cref="Code"/> becomes the GraphQL error's <c>extensions.code</c>.
/// </summary>
public sealed class GraphException(string code, string message, string? field = null) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>The input field at fault, when there is one ("input.handle").</summary>
    public string? Field { get; } = field;

    public static GraphException Invalid(string field, string message) => new(ErrorCodes.BadUserInput, message, field);
    public static GraphException NotFound(string kind, string id) => new(ErrorCodes.NotFound, $"{kind} '{id}' does not exist.");
}

public static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string AlreadyExists = "ALREADY_EXISTS";
    public const string HandleTaken = "HANDLE_TAKEN";
    public const string SelfFollow = "SELF_FOLLOW";
    public const string Conflict = "CONFLICT";
}
