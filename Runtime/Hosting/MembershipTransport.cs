using Orleans.Membership;
using Orleans.Messaging;
using Orleans.Runtime;

namespace Orleans.Hosting;

/// <summary>Membership's probes and gossip, carried by the same connections as grain calls (as in Orleans).</summary>
internal sealed class MembershipTransport(MessageCenter messages) : IMembershipTransport
{
    public Task<bool> ProbeAsync(SiloAddress target, TimeSpan timeout, CancellationToken cancellationToken) =>
        messages.PingAsync(target, timeout, cancellationToken);

    public void NotifyMembershipChanged(SiloAddress target) => messages.SendMembershipGossip(target);
}
