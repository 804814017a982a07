using Orleans.Invocation;
using Orleans.Runtime;
using Orleans.Serialization;

namespace Orleans.Messaging;

/// <summary>A request sent and not yet answered: completed by its response, its connection's loss, or the timeout sweep.</summary>
internal abstract class PendingCall
{
    private int _done;

    /// <summary>Environment.TickCount64 after which the call times out.</summary>
    public long Deadline { get; init; }

    protected bool TryFinish() => Interlocked.Exchange(ref _done, 1) == 0;

    public abstract void Complete(ResponseStatus status, ReadOnlySpan<byte> body, CallSerializer serializer);

    public abstract void Fail(Exception error);

    public abstract Exception TimedOut();
}

internal sealed class PendingCall<TResult>(Invokable? invokable, GrainId grain, SiloAddress target, TimeSpan timeout) : PendingCall
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<TResult> Task => _completion.Task;

    public override void Complete(ResponseStatus status, ReadOnlySpan<byte> body, CallSerializer serializer)
    {
        if (!TryFinish()) return;
        try
        {
            if (status == ResponseStatus.Error)
                _completion.TrySetException(serializer.ReadException(body));
            else if (invokable is null)
                _completion.TrySetResult(default!); // a pong
            else if (typeof(TResult) == typeof(object))
                _completion.TrySetResult((TResult)serializer.ReadValue(body, invokable.ResultType)!);
            else
                _completion.TrySetResult(serializer.ReadValue<TResult>(body)!);
        }
        catch (Exception e)
        {
            _completion.TrySetException(e);
        }
    }

    public override void Fail(Exception error)
    {
        if (TryFinish()) _completion.TrySetException(error);
    }

    public override Exception TimedOut() => new TimeoutException(
        $"Response did not arrive on time in {timeout} for {(object?)invokable ?? "ping"} on {grain} at silo {target}.");
}
