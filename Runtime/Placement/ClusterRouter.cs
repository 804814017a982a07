using Orleans.Hosting;
using Orleans.Invocation;
using Orleans.Membership;
using Orleans.Messaging;
using Orleans.Runtime;

namespace Orleans.Placement;

/// <summary>
/// Where a grain call goes in a cluster: to the silo that owns the grain on the current ring. A silo is
/// <see cref="Self"/>; a client has no self and sends every call away. The ring is replaced whole on each membership
/// change, so a lookup is one volatile read and a binary search.
/// </summary>
public sealed class ClusterRouter(MessageCenter messages, SiloOptions options)
{
    private volatile ConsistentRing _ring = ConsistentRing.Empty;

    /// <summary>This silo; null in a client.</summary>
    public SiloAddress? Self { get; set; }

    public ConsistentRing Ring
    {
        get => _ring;
        set => _ring = value;
    }

    /// <summary>The owner of <paramref name="grain"/> when that is another silo; null when it is this one, or when no silo is known (a silo then keeps the call).</summary>
    public SiloAddress? RemoteOwnerOf(GrainId grain)
    {
        var owner = _ring.OwnerOf(grain);
        return owner is null || owner == Self ? null : owner;
    }

    /// <summary>
    /// Follows a membership change: the ring of its active silos, and calls to silos it declares dead failing at
    /// once from now on (in flight too). Returns the new ring.
    /// </summary>
    public ConsistentRing Apply(MembershipView view)
    {
        var ring = new ConsistentRing(view.ActiveSilos);
        lock (_markedDead)
        {
            _ring = ring;
            foreach (var entry in view.Members)
                if (entry.Status == SiloStatus.Dead && !entry.Silo.Equals(Self) && _markedDead.Add(entry.Silo))
                    messages.MarkDead(entry.Silo);
        }
        return ring;
    }

    private readonly HashSet<SiloAddress> _markedDead = [];

    public Task<TResult> SendAsync<TResult>(SiloAddress owner, GrainId target, Invokable<TResult> invokable, int forwardCount) =>
        messages.SendAsync(owner, target, invokable, forwardCount, options.ResponseTimeout);

    public Task<object?> ForwardAsync(SiloAddress owner, GrainId target, Invokable invokable, int forwardCount) =>
        messages.SendUntypedAsync(owner, target, invokable, forwardCount, options.ResponseTimeout);
}
