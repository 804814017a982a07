namespace Orleans.Messaging;

/// <summary>
/// The silo a call was for is gone: it was declared dead, its connection broke, it refused the handshake, or a later
/// generation answers at its address. The call may or may not have run; retry it (the grain will be placed anew).
/// </summary>
public sealed class SiloUnavailableException(string message) : Exception(message);
