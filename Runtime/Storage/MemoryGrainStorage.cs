using System.Collections.Concurrent;
using System.Text.Json;
using Orleans.Runtime;

namespace Orleans.Storage;

/// <summary>
/// Keeps state rows in memory with the same ETag rules as durable storage. For tests and throwaway silos:
/// everything is lost with the process. States are stored serialized, so a reader never shares objects with a writer.
/// </summary>
public sealed class MemoryGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(string, GrainId), (string Json, long Version)> _rows = new();
    private readonly object _writeLock = new();

    public Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
    {
        if (_rows.TryGetValue((stateName, grainId), out var row))
        {
            grainState.State = JsonSerializer.Deserialize<TState>(row.Json)!;
            grainState.ETag = row.Version.ToString();
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = Activator.CreateInstance<TState>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
    {
        var json = JsonSerializer.Serialize(grainState.State);
        lock (_writeLock)
        {
            var current = _rows.TryGetValue((stateName, grainId), out var row) ? row.Version.ToString() : null;
            if (current != grainState.ETag)
                throw new InconsistentStateException($"Version conflict writing {stateName} of {grainId}: stored {current ?? "none"}, expected {grainState.ETag ?? "none"}.", current, grainState.ETag);
            var next = (row.Version) + 1;
            _rows[(stateName, grainId)] = (json, next);
            grainState.ETag = next.ToString();
            grainState.RecordExists = true;
        }
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
    {
        lock (_writeLock)
        {
            var current = _rows.TryGetValue((stateName, grainId), out var row) ? row.Version.ToString() : null;
            if (current != grainState.ETag)
                throw new InconsistentStateException($"Version conflict clearing {stateName} of {grainId}.", current, grainState.ETag);
            _rows.TryRemove((stateName, grainId), out _);
            grainState.State = Activator.CreateInstance<TState>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }
        return Task.CompletedTask;
    }
}
