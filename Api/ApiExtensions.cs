using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Network.Api.Schema;
using Network.Api.Transport.Http;
using Network.Api.Transport.WebSockets;
using Network.Silo.Cluster;

namespace Network.Api;

public static class ApiExtensions
{
    public static IHostApplicationBuilder AddNetworkApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"]);
        builder.Services.AddGraphQLHttp(builder.Configuration);
        builder.Services.AddNetworkSchema();
        builder.Services.AddGraphQLLiveTransports(builder.Configuration);
        return builder;
    }

    public static WebApplication MapNetworkApi(this WebApplication app)
    {
        // live: the process answers. ready: storage answers too, so the service can take traffic.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") || c.Tags.Contains("live") });
        app.MapMembership();
        app.UseGraphQLLiveTransports("/graphql");
        app.MapGraphQLHttp("/graphql");
        app.MapGet("/", () => Results.Text(
            "Network: a live social graph of people, communities and movements.\n" +
            "GraphQL: POST or GET /graphql; the schema: GET /graphql/schema.graphql. Health: /health/live, /health/ready, /health/membership.\n"));

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls) Console.WriteLine($"Network is running at {url}");
        });
        return app;
    }
}
