namespace Network.Api.Transport.WebSockets;

/// <summary>Limits of the streaming transports (WebSocket and SSE), bound from the "Live" configuration section.</summary>
public sealed class LiveTransportOptions
{
    public const string Section = "Live";

    /// <summary>A WebSocket that sends no connection_init within this time is closed with 4408 (graphql-ws's default is 3 s).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Open WebSocket and SSE connections per process; one more is refused (WebSocket: close 1013; SSE: 503).</summary>
    public int MaxConnections { get; set; } = 10_000;

    /// <summary>Operations running at once on one WebSocket; one more gets an error message with code TOO_MANY_SUBSCRIPTIONS.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 100;

    /// <summary>How long a close waits for the socket to take the close frame (a slow subscriber's socket may be full) before aborting.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
