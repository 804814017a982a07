namespace GraphQL.Execution;

/// <summary>
/// Lets DataLoaders batch: they queue keys, and the executor, before it waits on a resolver that
/// has not completed, asks the dispatcher to run the queued batches. One dispatcher per request,
/// found by the executor in the request's services.
/// </summary>
public interface IBatchDispatcher
{
    /// <summary>True when some loader holds keys that no batch has fetched yet.</summary>
    bool HasPendingBatches { get; }

    /// <summary>
    /// Raised when a batch opens (HotChocolate's name). The executor listens while it waits, so
    /// that a load made by a resolver that is already waiting on something else (past its first
    /// await) gets dispatched too. A dispatcher that never raises it (the default) is dispatched
    /// only when the executor's own work runs dry.
    /// </summary>
    event EventHandler? TaskEnqueued
    {
        add { }
        remove { }
    }

    /// <summary>Starts every pending batch (does not wait for them).</summary>
    void Dispatch();
}
