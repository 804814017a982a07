using Orleans.Membership;
using Orleans.Runtime;

namespace Orleans.Hosting;

/// <summary>The cluster as this process sees it, for health endpoints and operators (Orleans has a service of this name).</summary>
public interface IClusterMembershipService
{
    /// <summary>This silo; null in a client.</summary>
    SiloAddress? LocalSilo { get; }

    MembershipView CurrentView { get; }
}
