using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Orleans.Hosting;

/// <summary>Configures a silo: which assemblies hold grains, which storages exist, which options apply.</summary>
public sealed class SiloBuilder(IServiceCollection services)
{
    internal List<Assembly> GrainAssemblies { get; } = [];

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
}
