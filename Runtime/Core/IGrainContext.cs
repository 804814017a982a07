using Orleans.Runtime;
using Orleans.Timers;

namespace Orleans;

/// <summary>What the runtime gives a grain instance: its identity, a factory, and control of its own lifetime.</summary>
internal interface IGrainContext
{
    GrainId GrainId { get; }
    IGrainFactory GrainFactory { get; }
    void Deactivate(DeactivationReason reason);
    IGrainTimer RegisterTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options);
}
