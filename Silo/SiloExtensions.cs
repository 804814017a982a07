using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Silo.Cluster;
using Network.Silo.Membership;
using Orleans.Membership;
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
    /// Hosts a silo in this process, as the embedded default does: storage, the read models the Api serves from, and
    /// the grain runtime with the domain grains. With "Orleans:Mode" = "Client" the process hosts no grains and joins
    /// the cluster named in "Orleans:Cluster" instead (see <see cref="AddNetworkClusterClient"/>).
    /// </summary>
    public static IHostApplicationBuilder AddNetworkSilo(this IHostApplicationBuilder builder)
    {
        builder.AddNetworkStorage();
        builder.AddNetworkReadModels();
        if (string.Equals(builder.Configuration["Orleans:Mode"], "Client", StringComparison.OrdinalIgnoreCase))
            return builder.AddNetworkClusterClient();
        builder.Services.AddOrleans(silo => silo.AddGrains(typeof(UserGrain).Assembly));
        return builder;
    }

    /// <summary>
    /// A cluster member, as the Silo executable runs it: storage and the domain grains, TCP to the other silos, and
    /// membership in the PostgreSQL table of the cluster named by "Orleans:Cluster:ClusterId".
    /// </summary>
    public static IHostApplicationBuilder AddNetworkClusterSilo(this IHostApplicationBuilder builder)
    {
        builder.AddNetworkStorage();
        builder.AddMembershipTable();
        builder.Services.AddOrleans(silo => silo
            .AddGrains(typeof(UserGrain).Assembly)
            .UseCluster());
        return builder;
    }

    /// <summary>Joins the cluster as a client: grain calls go over TCP to the silos that own the grains.</summary>
    public static IHostApplicationBuilder AddNetworkClusterClient(this IHostApplicationBuilder builder)
    {
        builder.AddMembershipTable();
        builder.Services.AddOrleansClient(client => client.AddGrains(typeof(UserGrain).Assembly));
        return builder;
    }

    private static void AddMembershipTable(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ClusterOptions>(builder.Configuration.GetSection("Orleans:Cluster"));
        services.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("Orleans:Membership"));
        services.AddSingleton<IMembershipTable>(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (storage.Provider != StorageProvider.PostgreSql || storage.ConnectionString is null)
                throw new InvalidOperationException(
                    "A cluster keeps its membership in PostgreSQL: set Storage:Provider=PostgreSql and Storage:ConnectionString.");
            return new PostgresMembershipTable(storage.ConnectionString, sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId,
                sp.GetRequiredService<ILogger<PostgresMembershipTable>>());
        });
        services.AddHealthChecks().AddCheck<MembershipHealthCheck>("membership", tags: ["ready"]);
    }

    /// <summary>Storage: the schema and its migration, the grains' state and graph writes, the graph reader.</summary>
    public static IHostApplicationBuilder AddNetworkStorage(this IHostApplicationBuilder builder)
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
        services.AddSingleton<AdoNetGrainStorage>();
        services.AddKeyedSingleton<IGrainStorage>("graph", (sp, _) => sp.GetRequiredService<AdoNetGrainStorage>());
        services.AddKeyedSingleton<IGrainStorage>("Default", (sp, _) => sp.GetRequiredService<AdoNetGrainStorage>());
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        return builder;
    }

    /// <summary>What the Api reads besides grains: listings, the analytics projection and its queries, the live feed, import and demo data.</summary>
    public static IHostApplicationBuilder AddNetworkReadModels(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<Listings.ListingReader>();
        services.Configure<ProjectionOptions>(builder.Configuration.GetSection("Projection"));
        services.AddSingleton<ProjectionLoader>();
        services.AddSingleton<ProjectionService>();
        services.AddHostedService(sp => sp.GetRequiredService<ProjectionService>());
        services.AddSingleton<Queries.GraphQueries>();
        services.AddLiveFeed(builder.Configuration);
        services.AddSingleton<Import.BulkImporter>();
        services.Configure<Demo.DemoOptions>(builder.Configuration.GetSection("Demo"));
        services.AddHostedService<Demo.DemoSeeder>();
        services.AddHealthChecks().AddCheck<ProjectionHealthCheck>("projection", tags: ["ready"]);
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
