namespace GraphQL.Types;

/// <summary>A schema failed validation; Errors lists every reason found, not only the first.</summary>
public sealed class SchemaValidationException(IReadOnlyList<SchemaError> errors)
    : Exception(string.Join("\n", errors))
{
    public IReadOnlyList<SchemaError> Errors { get; } = errors;
}
