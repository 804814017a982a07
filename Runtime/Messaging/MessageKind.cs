namespace Orleans.Messaging;

/// <summary>The first byte of every frame's payload.</summary>
internal enum MessageKind : byte
{
    Handshake = 1,
    Request = 2,
    Response = 3,
    Ping = 4,
    Pong = 5,
    Gossip = 6,
}

internal enum ResponseStatus : byte
{
    Ok = 0,
    Error = 1,
}
