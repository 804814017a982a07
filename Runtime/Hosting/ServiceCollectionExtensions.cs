using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;

namespace Orleans.Hosting;

public static class ServiceCollectionExtensions
{
    /// <summary>Hosts an in-process silo: the runtime, its grain classes and its collector.</summary>
    public static IServiceCollection AddOrleans(this IServiceCollection services, Action<SiloBuilder> configure)
    {
        var builder = new SiloBuilder(services);
        configure(builder);
        services.AddOptions<SiloOptions>();
        services.AddSingleton(new GrainTypeRegistry(builder.GrainAssemblies));
        services.AddSingleton<GrainActivator>();
        services.AddSingleton<Catalog>();
        services.AddSingleton<GrainRuntime>();
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.AddHostedService<SiloHostedService>();
        return services;
    }

    public static IHostBuilder UseOrleans(this IHostBuilder host, Action<SiloBuilder> configure) =>
        host.ConfigureServices(services => services.AddOrleans(configure));
}
