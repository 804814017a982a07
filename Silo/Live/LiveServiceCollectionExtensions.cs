using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Network.Silo.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>The live feed (a hosted service tailing the event log) and the echo-chamber watcher, options from "Live".</summary>
    public static IServiceCollection AddLiveFeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LiveOptions>(configuration.GetSection(LiveOptions.Section));
        services.AddSingleton<LiveLogReader>();
        services.AddSingleton<LiveFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveFeed>());
        services.AddSingleton<EchoChamberUpdates>();
        return services;
    }
}
