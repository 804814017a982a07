using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Network.Silo.Cluster;

namespace Network.Silo;

/// <summary>
/// A silo of a cluster: `dotnet run --project Silo -- --Orleans:Cluster:SiloPort=11111 --Urls=http://127.0.0.1:8081`
/// with Storage:Provider=PostgreSql and Storage:ConnectionString set. It hosts grains, joins the membership table,
/// and serves /health/live, /health/ready and /health/membership on its HTTP port.
/// </summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.AddNetworkClusterSilo();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"]);
        var app = builder.Build();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") || c.Tags.Contains("live") });
        app.MapMembership();
        await app.RunAsync();
    }
}
