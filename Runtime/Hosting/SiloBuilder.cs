using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Membership;

namespace Orleans.Hosting;

/// <summary>Configures a silo: which assemblies hold grains, which storages exist, which options apply, which cluster it joins.</summary>
public sealed class SiloBuilder(IServiceCollection services)
{
    internal List<Assembly> GrainAssemblies { get; } = [];

    internal bool IsClustered { get; private set; }

    public IServiceCollection Services => services;

    /// <summary>Registers every grain class in <paramref name="assembly"/>.</summary>
    public SiloBuilder AddGrains(Assembly assembly)
    {
        GrainAssemblies.Add(assembly);
        return this;
    }

    public SiloBuilder Configure(Action<SiloOptions> configure)
    {
        services.Configure(configure);
        return this;
    }

    /// <summary>
    /// Makes this silo a member of a cluster: it listens for silo-to-silo TCP, records itself in the membership table
    /// (register an <see cref="IMembershipTable"/>), and owns the grains the ring of active silos gives it.
    /// </summary>
    public SiloBuilder UseCluster(Action<ClusterOptions>? configure = null, Action<ClusterMembershipOptions>? membership = null)
    {
        IsClustered = true;
        if (configure is not null) services.Configure(configure);
        if (membership is not null) services.Configure(membership);
        return this;
    }
}
