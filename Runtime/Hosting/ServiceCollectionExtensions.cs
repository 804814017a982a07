using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Messaging;
using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Serialization;

namespace Orleans.Hosting;

public static class ServiceCollectionExtensions
{
    /// <summary>Hosts a silo in this process: the runtime, its grain classes and its collector; with <see cref="SiloBuilder.UseCluster"/>, a cluster member.</summary>
    public static IServiceCollection AddOrleans(this IServiceCollection services, Action<SiloBuilder> configure)
    {
        var builder = new SiloBuilder(services);
        configure(builder);
        services.AddOptions<SiloOptions>();
        services.AddSingleton(new GrainTypeRegistry(builder.GrainAssemblies));
        services.AddSingleton<GrainActivator>();
        services.AddSingleton<Catalog>();
        services.AddSingleton(sp => new SiloStatistics(sp.GetRequiredService<Catalog>()));
        services.AddSingleton(sp => new GrainRuntime(sp.GetRequiredService<GrainTypeRegistry>(), sp.GetRequiredService<Catalog>(),
            sp.GetService<ClusterRouter>(), sp.GetRequiredService<IOptions<SiloOptions>>()));
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.AddHostedService<SiloHostedService>();
        if (builder.IsClustered)
        {
            AddMessaging(services, builder.GrainAssemblies);
            services.AddSingleton<SiloCallHandler>(sp =>
            {
                // The runtime gives activations their grain factory; calls from the wire may be the first thing a silo runs.
                sp.GetRequiredService<GrainRuntime>();
                return new SiloCallHandler(sp.GetRequiredService<Catalog>(), sp.GetRequiredService<ClusterRouter>(),
                    sp.GetRequiredService<IOptions<ClusterOptions>>().Value);
            });
            services.AddSingleton<ClusterMembershipService>();
            services.AddHostedService(sp => sp.GetRequiredService<ClusterMembershipService>());
            services.AddSingleton<IClusterMembershipService>(sp => sp.GetRequiredService<ClusterMembershipService>());
        }
        return services;
    }

    /// <summary>
    /// Joins a cluster as a client: no activations here; every call goes to the silo that owns the grain, found on the
    /// ring of active silos read from the membership table (which the caller registers as <c>IMembershipTable</c>).
    /// </summary>
    public static IServiceCollection AddOrleansClient(this IServiceCollection services, Action<ClientBuilder> configure)
    {
        var builder = new ClientBuilder(services);
        configure(builder);
        services.AddOptions<SiloOptions>();
        services.AddSingleton(new GrainTypeRegistry(builder.GrainAssemblies));
        AddMessaging(services, builder.GrainAssemblies);
        services.AddSingleton(sp => new GrainRuntime(sp.GetRequiredService<GrainTypeRegistry>(), null,
            sp.GetRequiredService<ClusterRouter>(), sp.GetRequiredService<IOptions<SiloOptions>>()));
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.AddSingleton<ClusterClientService>();
        services.AddHostedService(sp => sp.GetRequiredService<ClusterClientService>());
        services.AddSingleton<IClusterMembershipService>(sp => sp.GetRequiredService<ClusterClientService>());
        return services;
    }

    private static void AddMessaging(IServiceCollection services, IEnumerable<System.Reflection.Assembly> assemblies)
    {
        services.AddOptions<ClusterOptions>();
        services.AddOptions<Membership.ClusterMembershipOptions>();
        services.TryAddSingleton(_ => new InvokableRegistry(assemblies));
        services.TryAddSingleton<CallSerializer>();
        services.TryAddSingleton(sp => new MessageCenter(
            new MessagingOptions { ClusterId = sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId },
            sp.GetRequiredService<InvokableRegistry>(), sp.GetRequiredService<CallSerializer>(),
            sp.GetRequiredService<ILogger<MessageCenter>>()));
        services.TryAddSingleton(sp => new ClusterRouter(sp.GetRequiredService<MessageCenter>(), sp.GetRequiredService<IOptions<SiloOptions>>().Value));
    }

    public static IHostBuilder UseOrleans(this IHostBuilder host, Action<SiloBuilder> configure) =>
        host.ConfigureServices(services => services.AddOrleans(configure));
}
