using Orleans.Messaging;
using Orleans.Placement;

namespace Orleans.Runtime;

/// <summary>A call that arrived from another process: it runs like a local call and its outcome goes back over the wire.</summary>
internal sealed class RemoteRequest(IncomingCall call, int maxForwardCount) : Request
{
    public override bool IsReadOnly => call.Invokable.IsReadOnly;
    public override bool IsAlwaysInterleave => call.Invokable.IsAlwaysInterleave;

    public override async Task InvokeAsync(object grain)
    {
        object? result;
        try
        {
            result = await call.Invokable.InvokeUntypedAsync(grain);
        }
        catch (Exception e)
        {
            call.ReplyError(e);
            return;
        }
        call.Reply(result);
    }

    public override void Fail(Exception error) => call.ReplyError(error);

    public override bool TryForward(ClusterRouter router, SiloAddress owner, GrainId target)
    {
        // Past the limit the call stays here: views disagree for a moment during a membership change, and storage
        // ETags stop two activations from both committing.
        if (call.ForwardCount >= maxForwardCount) return false;
        Forward(router, owner, target, call);
        return true;
    }

    public static void Forward(ClusterRouter router, SiloAddress owner, GrainId target, IncomingCall call) =>
        router.ForwardAsync(owner, target, call.Invokable, call.ForwardCount + 1).ContinueWith(static (t, state) =>
        {
            var c = (IncomingCall)state!;
            if (t.IsCompletedSuccessfully) c.Reply(t.Result);
            else c.ReplyError(t.Exception!.InnerException!);
        }, call, TaskContinuationOptions.ExecuteSynchronously);

    public override string ToString() => call.Invokable.ToString();
}
