using Orleans.Runtime;

namespace Orleans.Storage;

/// <summary>The state record a storage provider reads into and writes from.</summary>
public interface IGrainState<TState>
{
    TState State { get; set; }
    string? ETag { get; set; }
    bool RecordExists { get; set; }
}

/// <summary>A storage provider: one row per (state name, grain), with an integer version as ETag.</summary>
public interface IGrainStorage
{
    Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState);

    /// <summary>Writes if the stored ETag equals <c>grainState.ETag</c>, then updates it; otherwise throws <see cref="InconsistentStateException"/>.</summary>
    Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState);

    Task ClearStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState);
}

/// <summary>
/// The storage row behind an <see cref="IPersistentState{TState}"/>. A storage provider that writes the
/// state inside a larger transaction of its own (state, edges and an event together) reaches the row through this.
/// </summary>
public interface IPersistentStateRow<TState> : IGrainState<TState>
{
    string StateName { get; }
    GrainId GrainId { get; }
}
