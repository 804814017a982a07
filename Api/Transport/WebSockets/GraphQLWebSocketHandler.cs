using System.Net.WebSockets;
using GraphQL.Validation.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Network.Api.Transport.WebSockets;

/// <summary>Accepts WebSocket requests for GraphQL: the graphql-transport-ws subprotocol only, within the connection limit.</summary>
public sealed class GraphQLWebSocketHandler(IOptions<LiveTransportOptions> options, IOptions<RequestLimits> limits, ConnectionLimiter connections,
    ILogger<GraphQLWebSocketHandler> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol))
        {
            // As graphql-ws's own server does: accept, then say why with the protocol's code.
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await refused.CloseAsync((WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted);
            return;
        }

        var accept = new WebSocketAcceptContext { SubProtocol = SubProtocol, KeepAliveInterval = TimeSpan.FromSeconds(30) };
        if (!connections.TryEnter())
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync(accept);
            await refused.CloseAsync((WebSocketCloseStatus)CloseCodes.TooManyConnections, "Too many connections; try again later", context.RequestAborted);
            return;
        }

        try
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync(accept);
            await new GraphQLWebSocketConnection(socket, context, options.Value, limits.Value.MaxRequestBytes, logger).RunAsync();
        }
        finally
        {
            connections.Exit();
        }
    }
}
