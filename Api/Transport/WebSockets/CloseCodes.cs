namespace Network.Api.Transport.WebSockets;

/// <summary>
/// WebSocket close codes of the graphql-transport-ws protocol (github.com/enisdenjo/graphql-ws, PROTOCOL.md), and ours.
/// graphql-ws clients retry after the codes that are not fatal to them: 4408, 4413, 1001 and 1013 here.
/// </summary>
public static class CloseCodes
{
    /// <summary>A message of a type or shape the protocol does not define.</summary>
    public const int BadRequest = 4400;

    /// <summary>subscribe before connection_ack.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The connection_init payload was refused (reserved: every caller is anonymous for now).</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not offer the graphql-transport-ws subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No connection_init within Live:ConnectionInitTimeout.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>subscribe with the id of an operation that is still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second connection_init.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>Ours: a subscriber's buffer (Live:SubscriberBufferSize events) stayed full for Live:SlowSubscriberTimeout; reconnect and resume with since.</summary>
    public const int SlowSubscriber = 4413;

    /// <summary>Standard "Try Again Later": Live:MaxConnections connections are open.</summary>
    public const int TooManyConnections = 1013;

    /// <summary>Standard "Going Away": the service is stopping.</summary>
    public const int GoingAway = 1001;

    public const int InternalServerError = 4500;
}
