using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// What a field resolver is given. A placeholder for the executor to come: it holds what every
/// resolver needs (the parent value, the coerced arguments, the field) and no more yet.
/// </summary>
public interface IResolverContext
{
    /// <summary>The value the parent field resolved to (the root value for root fields).</summary>
    object? Source { get; }

    /// <summary>The field's arguments after coercion (spec section 6.4.1 CoerceArgumentValues).</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    FieldDefinition Field { get; }

    CancellationToken CancellationToken { get; }
}
