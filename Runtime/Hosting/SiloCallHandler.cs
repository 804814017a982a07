using Orleans.Membership;
using Orleans.Messaging;
using Orleans.Placement;
using Orleans.Runtime;

namespace Orleans.Hosting;

/// <summary>
/// What a silo does with a call from the wire: runs it here if this silo owns the grain, else forwards it to the
/// owner a bounded number of times (the sender's view of the ring may be a moment behind ours).
/// </summary>
internal sealed class SiloCallHandler(Catalog catalog, ClusterRouter router, ClusterOptions options) : IIncomingCallHandler
{
    public MembershipOracle? Oracle { get; set; }

    public void OnRequest(IncomingCall call)
    {
        if (call.ForwardCount < options.MaxForwardCount && router.RemoteOwnerOf(call.Target) is { } owner)
        {
            RemoteRequest.Forward(router, owner, call.Target, call);
            return;
        }
        try
        {
            catalog.Dispatch(call.Target, new RemoteRequest(call, options.MaxForwardCount));
        }
        catch (Exception e)
        {
            // An unknown grain type, for instance: the caller gets the error, the connection carries on.
            call.ReplyError(e);
        }
    }

    public void OnMembershipGossip(SiloAddress from) => Oracle?.OnGossip();
}
