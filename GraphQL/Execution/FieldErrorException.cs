namespace GraphQL.Execution;

/// <summary>A field error the executor itself raises (a refused argument, a value the type cannot hold).</summary>
internal sealed class FieldErrorException(string message, string code) : Exception(message)
{
    public string Code { get; } = code;
}
