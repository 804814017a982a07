using Orleans.Invocation;
using Orleans.Runtime;

namespace Orleans.Messaging;

/// <summary>What a silo must do with a call that arrived over the wire.</summary>
public interface IIncomingCallHandler
{
    /// <summary>Called on the connection's read loop: must not block. Answer with <see cref="IncomingCall.Reply"/> or <see cref="IncomingCall.ReplyError"/>, exactly once, later.</summary>
    void OnRequest(IncomingCall call);

    /// <summary>A peer says the membership table changed: re-read it.</summary>
    void OnMembershipGossip(SiloAddress from);
}

/// <summary>A call from another process, decoded, with the way back to its caller.</summary>
public sealed class IncomingCall
{
    private readonly Connection _connection;
    private readonly long _correlationId;
    private int _replied;

    internal IncomingCall(Connection connection, long correlationId, GrainId target, Invokable invokable, int forwardCount)
    {
        _connection = connection;
        _correlationId = correlationId;
        Target = target;
        Invokable = invokable;
        ForwardCount = forwardCount;
    }

    public GrainId Target { get; }

    public Invokable Invokable { get; }

    /// <summary>How many silos passed this call on before it got here.</summary>
    public int ForwardCount { get; }

    public void Reply(object? result)
    {
        if (Interlocked.Exchange(ref _replied, 1) != 0) return;
        _connection.SendResponse(_correlationId, result, Invokable.ResultType);
    }

    public void ReplyError(Exception error)
    {
        if (Interlocked.Exchange(ref _replied, 1) != 0) return;
        _connection.SendError(_correlationId, error);
    }
}
