using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Network.Grains.Storage;
using Network.Grains.Users;
using Network.Silo.Live;
using Network.Silo.Projection;
using Network.Silo.Storage;
using Orleans.Hosting;
using Orleans.Storage;

namespace Network.Silo;

public static class SiloExtensions
{
    /// <summary>
    /// Hosts a silo in this process: the grain runtime with the domain grains, ADO.NET storage chosen by the
    /// "Storage" section, and a schema migration that runs before anything else starts.
    /// </summary>
    public static IHostApplicationBuilder AddNetworkSilo(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));
        services.Configure<SiloOptions>(builder.Configuration.GetSection("Orleans"));
        services.AddSingleton<SqlDialect>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.Provider switch
            {
                StorageProvider.Sqlite => new SqliteDialect(options),
                StorageProvider.PostgreSql => new PostgresDialect(options),
                _ => throw new InvalidOperationException($"Unknown Storage:Provider '{options.Provider}'. Use Sqlite or PostgreSql."),
            };
        });
        services.AddSingleton<Schema>();
        services.AddHostedService<SchemaMigration>(); // registered first, so it runs before the silo starts
        services.AddSingleton<CommitQueue>();
        services.AddSingleton<GraphStore>();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<GraphStore>());
        services.AddSingleton<GraphReader>();
        services.AddSingleton<Listings.ListingReader>();
        services.AddSingleton<AdoNetGrainStorage>();
        services.AddKeyedSingleton<IGrainStorage>("graph", (sp, _) => sp.GetRequiredService<AdoNetGrainStorage>());
        services.AddKeyedSingleton<IGrainStorage>("Default", (sp, _) => sp.GetRequiredService<AdoNetGrainStorage>());
        services.Configure<ProjectionOptions>(builder.Configuration.GetSection("Projection"));
        services.AddSingleton<ProjectionLoader>();
        services.AddSingleton<ProjectionService>();
        services.AddHostedService(sp => sp.GetRequiredService<ProjectionService>());
        services.AddSingleton<Queries.GraphQueries>();
        services.AddLiveFeed(builder.Configuration);
        services.AddSingleton<Import.BulkImporter>();
        services.Configure<Demo.DemoOptions>(builder.Configuration.GetSection("Demo"));
        services.AddHostedService<Demo.DemoSeeder>();
        services.AddOrleans(silo => silo.AddGrains(typeof(UserGrain).Assembly));
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: ["ready"])
            .AddCheck<ProjectionHealthCheck>("projection", tags: ["ready"]);
        return builder;
    }

    private sealed class SchemaMigration(Schema schema) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => schema.MigrateAsync(cancellationToken);
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class ProjectionHealthCheck(ProjectionService projection) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(projection.Loaded.IsFaulted ? HealthCheckResult.Unhealthy("The projection failed to load.", projection.Loaded.Exception)
                : projection.IsLoaded ? HealthCheckResult.Healthy($"Projection at graph version {projection.Loaded.Result.Version}.")
                : HealthCheckResult.Unhealthy("The projection is still loading."));
    }

    private sealed class StorageHealthCheck(GraphReader reader) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var version = await reader.GetGraphVersionAsync(cancellationToken);
                return HealthCheckResult.Healthy($"Storage answers at graph version {version}.");
            }
            catch (Exception e)
            {
                return HealthCheckResult.Unhealthy("Storage does not answer.", e);
            }
        }
    }
}
