using Orleans.Runtime;
using Orleans.Timers;

namespace Orleans;

/// <summary>
/// Base class of grain implementations. The runtime creates one instance per activation, calls
/// <see cref="OnActivateAsync"/> before the first request and <see cref="OnDeactivateAsync"/> before dropping it.
/// Requests run one at a time (a turn each) unless the class or method is marked otherwise.
/// </summary>
public abstract class Grain : IAddressable
{
    internal IGrainContext? Context { get; set; }

    internal IGrainContext RequiredContext =>
        Context ?? throw new InvalidOperationException("This grain has not been activated by the runtime.");

    public GrainId GrainId => RequiredContext.GrainId;

    public IGrainFactory GrainFactory => RequiredContext.GrainFactory;

    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation once the current request completes; the next call creates a fresh one.</summary>
    protected void DeactivateOnIdle() => RequiredContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called."));

    /// <summary>
    /// Registers a timer whose callback runs as a turn of this activation (by default not interleaved with requests).
    /// The timer dies with the activation, and by default does not keep it from being collected when idle.
    /// </summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options) =>
        RequiredContext.RegisterTimer(callback, options);

    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        RegisterGrainTimer(callback, new GrainTimerCreationOptions(dueTime, period));
}
