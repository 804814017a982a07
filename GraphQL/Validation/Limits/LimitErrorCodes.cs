namespace GraphQL.Validation.Limits;

/// <summary>The extensions.code of each refusal by a request limit.</summary>
public static class LimitErrorCodes
{
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    public const string CostLimitExceeded = "COST_LIMIT_EXCEEDED";

    /// <summary>A field with <c>@listSize(requireOneSlicingArgument: true)</c> got none or several.</summary>
    public const string SlicingArgumentRequired = "SLICING_ARGUMENT_REQUIRED";

    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
}
