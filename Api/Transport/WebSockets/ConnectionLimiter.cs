namespace Network.Api.Transport.WebSockets;

/// <summary>Counts open streaming connections (WebSocket and SSE together) against Live:MaxConnections.</summary>
public sealed class ConnectionLimiter(Microsoft.Extensions.Options.IOptions<LiveTransportOptions> options)
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    public bool TryEnter()
    {
        if (Interlocked.Increment(ref _open) <= options.Value.MaxConnections) return true;
        Interlocked.Decrement(ref _open);
        return false;
    }

    public void Exit() => Interlocked.Decrement(ref _open);
}
