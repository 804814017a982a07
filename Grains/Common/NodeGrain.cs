using Network.Grains.Storage;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Network.Grains.Common;

public interface INodeState
{
    bool Created { get; }
}

/// <summary>What user, community and movement grains share: their id, the created check, and the transactional commit.</summary>
public abstract class NodeGrain<TState>(IPersistentState<TState> state, IGraphStore graph, string kindName) : Grain
    where TState : class, INodeState
{
    protected IPersistentState<TState> State => state;

    protected long Id => long.Parse(this.GetPrimaryKeyString());

    protected void RequireCreated()
    {
        if (!state.State.Created) throw GraphException.NotFound(kindName, this.GetPrimaryKeyString());
    }

    protected void RequireNotCreated()
    {
        NodeIds.Parse(this.GetPrimaryKeyString(), "id");
        if (state.State.Created) throw new GraphException(ErrorCodes.AlreadyExists, $"{kindName} '{this.GetPrimaryKeyString()}' already exists.");
    }

    /// <summary>Writes <paramref name="created"/> as the new state together with the node row and its event; on failure the grain stays uncreated.</summary>
    protected async Task<long> CommitCreation(TState created, GraphMutation mutation)
    {
        var previous = state.State;
        state.State = created;
        try
        {
            return await Commit(mutation);
        }
        catch
        {
            state.State = previous;
            throw;
        }
    }

    protected async Task<long> Commit(GraphMutation mutation)
    {
        try
        {
            return await graph.CommitAsync(state, mutation);
        }
        catch (InconsistentStateException)
        {
            // Another activation wrote first: this one's state is stale, so the next call must reload it.
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Storage keeps milliseconds; truncating here makes what a reader gets back equal what was returned now.</summary>
    protected static DateTimeOffset TruncatedNow()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }
}
