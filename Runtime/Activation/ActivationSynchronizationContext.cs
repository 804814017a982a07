namespace Orleans.Runtime;

/// <summary>
/// Current while a grain call runs inline on its caller's thread: an await in grain code captures it and posts its
/// continuation back to the activation's scheduler, exactly as a Task running on that scheduler would.
/// </summary>
internal sealed class ActivationSynchronizationContext(ActivationTaskScheduler scheduler) : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state) =>
        new Task(static s => { var (callback, st) = ((SendOrPostCallback, object?))s!; callback(st); }, (d, state)).Start(scheduler);

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("A grain's turn cannot block on another turn of the same activation.");

    public override SynchronizationContext CreateCopy() => this;
}
