using GraphQL.Language;

namespace GraphQL.Validation;

/// <summary>A reason a document is invalid against a schema (spec section 5), with the places it concerns.</summary>
public sealed record ValidationError(string Message, IReadOnlyList<Location> Locations)
{
    /// <summary>
    /// The extensions.code to report; null means the executor's code for validation failures.
    /// Limit rules (depth, cost) set their own.
    /// </summary>
    public string? Code { get; init; }

    public override string ToString() =>
        Locations.Count == 0 ? Message : $"{Message} ({string.Join(", ", Locations)})";
}
