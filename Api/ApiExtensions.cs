using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Network.Api.Preview;

namespace Network.Api;

public static class ApiExtensions
{
    public static IHostApplicationBuilder AddNetworkApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"]);
        return builder;
    }

    public static WebApplication MapNetworkApi(this WebApplication app)
    {
        // live: the process answers. ready: storage answers too, so the service can take traffic.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") || c.Tags.Contains("live") });
        app.MapPreviewEndpoints();
        app.MapGet("/", () => Results.Text(
            "Network: a live social graph of people, communities and movements.\n" +
            "Health: /health/live, /health/ready. GraphQL at /graphql is being built; until then POST /preview/users and /preview/follows.\n"));

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls) Console.WriteLine($"Network is running at {url}");
        });
        return app;
    }
}
