using GraphQL.Execution;

namespace GraphQL.DataLoader;

/// <summary>
/// Collects the batches that DataLoaders open during one request and starts them when the executor
/// dispatches (GreenDonut's batch scheduler). One per request, shared by the request's loaders and
/// registered as the request's <see cref="IBatchDispatcher"/>.
/// </summary>
public sealed class BatchScheduler : IBatchDispatcher
{
    private readonly Lock _lock = new();
    private List<Action> _pending = [];

    // The list the last dispatch emptied, reused: a request dispatches once per level of its query.
    private List<Action>? _spare;

    public bool HasPendingBatches
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>
    /// Raised (outside any lock) each time a loader opens a batch, as HotChocolate's dispatcher
    /// raises TaskEnqueued: an executor waiting on resolvers can wake and dispatch, for loads made
    /// after a resolver's first await. <see cref="IBatchDispatcher"/> does not carry it yet.
    /// </summary>
    public event EventHandler? TaskEnqueued;

    /// <summary>Queues a loader's batch; <paramref name="dispatch"/> starts it.</summary>
    public void Schedule(Action dispatch)
    {
        lock (_lock)
        {
            _pending.Add(dispatch);
        }

        TaskEnqueued?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>
    /// Starts every queued batch, each up to its first await, and returns without waiting for
    /// them. Batches that loads made while this runs are left for the next dispatch.
    /// </summary>
    public void Dispatch()
    {
        List<Action> due;
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            due = _pending;
            _pending = _spare ?? [];
            _spare = null;
        }

        foreach (Action dispatch in due)
        {
            dispatch();
        }

        due.Clear();
        lock (_lock)
        {
            _spare = due;
        }
    }
}
