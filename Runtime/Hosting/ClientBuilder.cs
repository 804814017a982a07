using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Membership;

namespace Orleans.Hosting;

/// <summary>Configures a cluster client: the grain interfaces it calls, its cluster, its timeouts.</summary>
public sealed class ClientBuilder(IServiceCollection services)
{
    internal List<Assembly> GrainAssemblies { get; } = [];

    public IServiceCollection Services => services;

    /// <summary>The assembly whose grain classes name the grain types this client calls.</summary>
    public ClientBuilder AddGrains(Assembly assembly)
    {
        GrainAssemblies.Add(assembly);
        return this;
    }

    public ClientBuilder Configure(Action<SiloOptions> configure)
    {
        services.Configure(configure);
        return this;
    }

    public ClientBuilder UseCluster(Action<ClusterOptions>? configure = null, Action<ClusterMembershipOptions>? membership = null)
    {
        if (configure is not null) services.Configure(configure);
        if (membership is not null) services.Configure(membership);
        return this;
    }
}
