using Orleans.Invocation;
using Orleans.Placement;

namespace Orleans.Runtime;

/// <summary>A unit of work for an activation: a grain call, or a timer tick.</summary>
internal abstract class Request
{
    public abstract bool IsReadOnly { get; }
    public abstract bool IsAlwaysInterleave { get; }

    /// <summary>Whether this request counts as activity that postpones idle collection.</summary>
    public virtual bool KeepsAlive => true;

    /// <summary>Runs the work against the grain instance and reports the outcome to whoever waits; never throws.</summary>
    public abstract Task InvokeAsync(object grain);

    /// <summary>Reports a failure that happened before the work could run (for example, activation failed).</summary>
    public abstract void Fail(Exception error);

    public ActivationData? Activation { get; set; }

    /// <summary>
    /// Sends the work to the silo that now owns the grain (this one stopped owning it while the work waited);
    /// false when this kind of work stays here (a timer tick belongs to its activation).
    /// </summary>
    public virtual bool TryForward(ClusterRouter router, SiloAddress owner, GrainId target) => false;
}

/// <summary>
/// A grain call. Its outcome is handed over without a TaskCompletionSource when it is ready before anyone asks for
/// it (the common case: the call ran inline and the grain answered synchronously); only a caller that has to wait
/// gets one.
/// </summary>
internal sealed class Request<TResult>(Invokable<TResult> invokable) : Request
{
    // null: pending, nobody waiting yet; Task<TResult>: the outcome; TaskCompletionSource<TResult>: a caller waits.
    private object? _outcome;

    public Invokable<TResult> Invokable => invokable;
    public override bool IsReadOnly => invokable.IsReadOnly;
    public override bool IsAlwaysInterleave => invokable.IsAlwaysInterleave;

    /// <summary>The call's task: the outcome itself when ready, else one that completes with it.</summary>
    public Task<TResult> Task
    {
        get
        {
            switch (Volatile.Read(ref _outcome))
            {
                case Task<TResult> done:
                    return done;
                case TaskCompletionSource<TResult> waiting:
                    return waiting.Task;
            }

            // Continuations run asynchronously so that the caller's code never runs inside the callee's turn.
            var completion = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            return Interlocked.CompareExchange(ref _outcome, completion, null) switch
            {
                null => completion.Task,
                Task<TResult> done => done,
                var other => ((TaskCompletionSource<TResult>)other).Task,
            };
        }
    }

    public override async Task InvokeAsync(object grain)
    {
        try
        {
            var pending = invokable.InvokeAsync(grain);
            Complete(pending.IsCompletedSuccessfully ? pending.AsTask() : System.Threading.Tasks.Task.FromResult(await pending));
        }
        catch (Exception e)
        {
            Complete(System.Threading.Tasks.Task.FromException<TResult>(e));
        }
    }

    public override void Fail(Exception error) => Complete(System.Threading.Tasks.Task.FromException<TResult>(error));

    public override bool TryForward(ClusterRouter router, SiloAddress owner, GrainId target)
    {
        router.SendAsync(owner, target, invokable, forwardCount: 1)
            .ContinueWith(static (t, self) => ((Request<TResult>)self!).Complete(t), this, TaskContinuationOptions.ExecuteSynchronously);
        return true;
    }

    private void Complete(Task<TResult> outcome)
    {
        if (Interlocked.CompareExchange(ref _outcome, outcome, null) is TaskCompletionSource<TResult> waiting)
        {
            if (outcome.IsCompletedSuccessfully) waiting.TrySetResult(outcome.Result);
            else waiting.TrySetException(outcome.Exception!.InnerExceptions);
        }
    }

    public override string ToString() => invokable.ToString();
}
