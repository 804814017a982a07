namespace GraphQL.Validation;

/// <summary>Thrown inside validation to stop the walk once the error limit is reached; never escapes the validator.</summary>
internal sealed class ValidationAbortedException : Exception;
