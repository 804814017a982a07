using Orleans.Runtime;

namespace Orleans.Storage;

/// <summary>The runtime's <see cref="IPersistentState{TState}"/>: the in-memory row plus the provider that stores it.</summary>
internal sealed class PersistentState<TState>(string stateName, GrainId grainId, IGrainStorage storage)
    : IPersistentState<TState>, IPersistentStateRow<TState>, IStateLoader where TState : new()
{
    public TState State { get; set; } = new();
    public string? ETag { get; set; }
    public bool RecordExists { get; set; }
    public string? Etag => ETag;
    public string StateName => stateName;
    public GrainId GrainId => grainId;

    public Task ReadStateAsync() => storage.ReadStateAsync(stateName, grainId, this);
    public Task WriteStateAsync() => storage.WriteStateAsync(stateName, grainId, this);
    public Task ClearStateAsync() => storage.ClearStateAsync(stateName, grainId, this);
}

/// <summary>Lets the activator read a state without knowing its type argument.</summary>
internal interface IStateLoader
{
    Task ReadStateAsync();
}
