using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Network.Api.Transport.Sse;

namespace Network.Api.Transport.WebSockets;

public static class LiveTransportExtensions
{
    /// <summary>The streaming transports' services; limits from the "Live" section.</summary>
    public static IServiceCollection AddGraphQLLiveTransports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LiveTransportOptions>(configuration.GetSection(LiveTransportOptions.Section));
        services.AddSingleton<ConnectionLimiter>();
        services.AddSingleton<GraphQLWebSocketHandler>();
        services.AddSingleton<GraphQLSseHandler>();
        return services;
    }

    /// <summary>
    /// Serves the streaming transports on the GraphQL endpoint's own path: WebSocket upgrades (graphql-transport-ws) and
    /// requests that accept <c>text/event-stream</c> (GraphQL over SSE) are answered here; every other request goes on to
    /// GraphQL over HTTP untouched. A middleware rather than an endpoint, so the HTTP endpoint's code needs no change.
    /// </summary>
    public static IApplicationBuilder UseGraphQLLiveTransports(this IApplicationBuilder app, string path = "/graphql")
    {
        app.UseWebSockets();
        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }
            if (context.WebSockets.IsWebSocketRequest)
            {
                await context.RequestServices.GetRequiredService<GraphQLWebSocketHandler>().HandleAsync(context);
                return;
            }
            if (GraphQLSseHandler.Accepts(context.Request))
            {
                await context.RequestServices.GetRequiredService<GraphQLSseHandler>().HandleAsync(context);
                return;
            }
            await next(context);
        });
    }
}
