using Orleans.Invocation;

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
}

internal sealed class Request<TResult>(Invokable<TResult> invokable) : Request
{
    // Continuations run asynchronously so that the caller's code never runs inside the callee's turn.
    public TaskCompletionSource<TResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Invokable<TResult> Invokable => invokable;
    public override bool IsReadOnly => invokable.IsReadOnly;
    public override bool IsAlwaysInterleave => invokable.IsAlwaysInterleave;

    public override async Task InvokeAsync(object grain)
    {
        try
        {
            var pending = invokable.InvokeAsync(grain);
            Completion.TrySetResult(pending.IsCompletedSuccessfully ? pending.Result : await pending);
        }
        catch (Exception e)
        {
            Completion.TrySetException(e);
        }
    }

    public override void Fail(Exception error) => Completion.TrySetException(error);

    public override string ToString() => invokable.ToString();
}
