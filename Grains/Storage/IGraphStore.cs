using Orleans.Runtime;

namespace Network.Grains.Storage;

/// <summary>
/// The write side of graph storage, as grains see it. Implemented in Silo over ADO.NET.
/// </summary>
public interface IGraphStore
{
    /// <summary>
    /// In one transaction: writes the grain's state row (failing with InconsistentStateException on a stale ETag),
    /// applies the mutation's node, edge and collaboration rows, and appends its event. Returns the event's
    /// sequence number, the new graph version, only after commit.
    /// When the mutation's edge change would change nothing (a repeated follow, an unfollow of a stranger),
    /// nothing is written and the current graph version is returned.
    /// </summary>
    Task<long> CommitAsync<TState>(IPersistentState<TState> state, GraphMutation mutation);
}
