namespace Orleans.Runtime;

/// <summary>
/// A grain's durable state, injected into its constructor with <see cref="PersistentStateAttribute"/>.
/// Read before <see cref="Grain.OnActivateAsync"/>; written only when the grain asks.
/// </summary>
public interface IPersistentState<TState>
{
    TState State { get; set; }

    /// <summary>The stored version the in-memory state was read at or last written as; null before the first write.</summary>
    string? Etag { get; }

    bool RecordExists { get; }

    Task ReadStateAsync();

    /// <summary>Writes the state if the stored version still equals <see cref="Etag"/>; otherwise throws <see cref="Storage.InconsistentStateException"/> and writes nothing.</summary>
    Task WriteStateAsync();

    Task ClearStateAsync();
}
