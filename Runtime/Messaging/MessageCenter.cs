using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Orleans.Invocation;
using Orleans.Runtime;
using Orleans.Serialization;

namespace Orleans.Messaging;

/// <summary>
/// The TCP messaging of a silo or a client: one reused connection per target silo, requests matched to responses by
/// correlation id, response timeouts swept in one timer, probes and gossip for membership, and a listener on silos.
/// Bad frames close their connection and are logged; they never take the process down.
/// </summary>
public sealed class MessageCenter : IAsyncDisposable
{
    private static readonly TimeSpan SweepPeriod = TimeSpan.FromMilliseconds(50);

    private readonly InvokableRegistry _registry;
    private readonly ConcurrentDictionary<SiloAddress, Lazy<Task<Connection>>> _outgoing = new();
    private readonly ConcurrentDictionary<Connection, byte> _connections = new();
    private readonly ConcurrentDictionary<SiloAddress, byte> _dead = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Timer _sweeper;
    private Socket? _listener;
    private long _nextId;

    public MessageCenter(MessagingOptions options, InvokableRegistry registry, CallSerializer serializer, ILogger<MessageCenter> logger)
    {
        Options = options;
        _registry = registry;
        Serializer = serializer;
        Logger = logger;
        _sweeper = new Timer(static s => ((MessageCenter)s!).SweepTimeouts(), this, SweepPeriod, SweepPeriod);
    }

    public MessagingOptions Options { get; }

    internal CallSerializer Serializer { get; }

    internal ILogger Logger { get; }

    public IIncomingCallHandler? Handler { get; set; }

    /// <summary>This silo, announced in every handshake; null in a client.</summary>
    public SiloAddress? Self { get; set; }

    // ---- accepting ----

    /// <summary>Binds <paramref name="endpoint"/> (port 0: any free port), starts accepting, and returns the bound endpoint.</summary>
    public IPEndPoint Listen(IPEndPoint endpoint)
    {
        var listener = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(endpoint);
        listener.Listen(512);
        _listener = listener;
        _ = AcceptLoopAsync(listener);
        return (IPEndPoint)listener.LocalEndPoint!;
    }

    private async Task AcceptLoopAsync(Socket listener)
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (_stopping.IsCancellationRequested) return;
                continue;
            }
            socket.NoDelay = true;
            _ = AcceptAsync(socket);
        }
    }

    private async Task AcceptAsync(Socket socket)
    {
        var connection = new Connection(socket, this, remote: null);
        _connections[connection] = 0;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            timeout.CancelAfter(Options.ConnectTimeout);
            await connection.AcceptHandshakeAsync(timeout.Token);
        }
        catch (Exception e)
        {
            Logger.LogWarning("Refused a connection from {Endpoint}: {Problem}", SafeEndpoint(socket), e.Message);
            connection.Close(e);
        }
    }

    private static string SafeEndpoint(Socket socket)
    {
        try
        {
            return socket.RemoteEndPoint?.ToString() ?? "?";
        }
        catch (ObjectDisposedException)
        {
            return "?";
        }
    }

    // ---- sending ----

    public Task<TResult> SendAsync<TResult>(SiloAddress target, GrainId grain, Invokable<TResult> invokable, int forwardCount, TimeSpan timeout)
    {
        var pending = new PendingCall<TResult>(invokable, grain, target, timeout) { Deadline = DeadlineOf(timeout) };
        Send(target, grain, invokable, forwardCount, pending);
        return pending.Task;
    }

    /// <summary>The same, with the result boxed: forwarding handles every method alike.</summary>
    public Task<object?> SendUntypedAsync(SiloAddress target, GrainId grain, Invokable invokable, int forwardCount, TimeSpan timeout)
    {
        var pending = new PendingCall<object?>(invokable, grain, target, timeout) { Deadline = DeadlineOf(timeout) };
        Send(target, grain, invokable, forwardCount, pending);
        return pending.Task;
    }

    private static long DeadlineOf(TimeSpan timeout) => Environment.TickCount64 + (long)timeout.TotalMilliseconds;

    private void Send(SiloAddress target, GrainId grain, Invokable invokable, int forwardCount, PendingCall pending)
    {
        var connecting = Connect(target);
        if (connecting.IsCompletedSuccessfully)
        {
            SendOn(connecting.Result, grain, invokable, forwardCount, pending);
            return;
        }
        connecting.ContinueWith(t =>
        {
            if (t.IsCompletedSuccessfully) SendOn(t.Result, grain, invokable, forwardCount, pending);
            else pending.Fail(Unavailable(target, t.Exception?.InnerException));
        }, TaskContinuationOptions.ExecuteSynchronously);
    }

    private void SendOn(Connection connection, GrainId grain, Invokable invokable, int forwardCount, PendingCall pending)
    {
        var id = Interlocked.Increment(ref _nextId);
        var frame = new FrameWriter(MessageKind.Request);
        try
        {
            frame.WriteInt64(id);
            frame.WriteByte((byte)Math.Min(forwardCount, byte.MaxValue));
            frame.WriteString(grain.Type);
            frame.WriteString(grain.Key);
            frame.WriteString(invokable.MethodId);
            Serializer.WriteArguments(frame, invokable);
            if (frame.Length - 4 > Options.MaxFrameBytes)
                throw new ArgumentException($"The call {invokable} is {frame.Length - 4} bytes; frames are limited to {Options.MaxFrameBytes}.");
        }
        catch (Exception e)
        {
            frame.Dispose();
            pending.Fail(e);
            return;
        }
        Track(connection, id, pending);
        connection.Enqueue(frame);
    }

    private static void Track(Connection connection, long id, PendingCall pending)
    {
        connection.Pending[id] = pending;
        // Closing fails what it finds pending; a call registered just after that must fail too.
        if (connection.IsClosed && connection.Pending.TryRemove(id, out _))
            pending.Fail(new SiloUnavailableException($"The {connection} was lost."));
    }

    private SiloUnavailableException Unavailable(SiloAddress target, Exception? cause) => cause switch
    {
        SiloUnavailableException e => e,
        _ when _dead.ContainsKey(target) => new SiloUnavailableException($"Silo {target} was declared dead."),
        _ => new SiloUnavailableException($"Silo {target} cannot be reached: {cause?.Message ?? "connection failed"}."),
    };

    /// <summary>The live connection to <paramref name="target"/>, opened on first use and again after a loss.</summary>
    private Task<Connection> Connect(SiloAddress target)
    {
        if (_dead.ContainsKey(target))
            return Task.FromException<Connection>(new SiloUnavailableException($"Silo {target} was declared dead."));
        while (true)
        {
            // TryGetValue first: the GetOrAdd lambda captures this, so it would allocate a delegate on every send.
            if (!_outgoing.TryGetValue(target, out var lazy))
                lazy = _outgoing.GetOrAdd(target, t => new Lazy<Task<Connection>>(() => ConnectAsync(t)));
            var task = lazy.Value;
            if (!task.IsCompleted) return task;
            if (task.IsCompletedSuccessfully && !task.Result.IsClosed) return task;
            _outgoing.TryRemove(KeyValuePair.Create(target, lazy));
            // A failed connect fails this call fast; the next call tries again.
            if (!task.IsCompletedSuccessfully) return task;
        }
    }

    private async Task<Connection> ConnectAsync(SiloAddress target)
    {
        var socket = new Socket(target.Endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var connection = new Connection(socket, this, target);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        timeout.CancelAfter(Options.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(target.Endpoint, timeout.Token);
            _connections[connection] = 0;
            await connection.ConnectHandshakeAsync(target, timeout.Token);
            return connection;
        }
        catch (Exception e)
        {
            var failure = e as SiloUnavailableException ?? new SiloUnavailableException(
                e is OperationCanceledException ? $"Silo {target} did not answer within {Options.ConnectTimeout}." : $"Silo {target} cannot be reached: {e.Message}");
            if (e is MalformedFrameException) Logger.LogWarning("Handshake with {Silo} failed: {Problem}", target, e.Message);
            connection.Close(failure);
            throw failure;
        }
    }

    // ---- membership traffic ----

    /// <summary>True when <paramref name="target"/> answers a ping within <paramref name="timeout"/>; never throws.</summary>
    public async Task<bool> PingAsync(SiloAddress target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var pending = new PendingCall<object?>(null, default, target, timeout) { Deadline = DeadlineOf(timeout) };
        try
        {
            var connection = await Connect(target).WaitAsync(timeout, cancellationToken);
            var id = Interlocked.Increment(ref _nextId);
            var frame = new FrameWriter(MessageKind.Ping, 16);
            frame.WriteInt64(id);
            Track(connection, id, pending);
            connection.Enqueue(frame);
            await pending.Task.WaitAsync(cancellationToken);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>Tells <paramref name="target"/> that the membership table changed; fire and forget.</summary>
    public void SendMembershipGossip(SiloAddress target)
    {
        if (Self is null) return;
        Connect(target).ContinueWith(t =>
        {
            if (!t.IsCompletedSuccessfully) return;
            var frame = new FrameWriter(MessageKind.Gossip, 64);
            frame.WriteString(Self.ToString());
            t.Result.Enqueue(frame);
        }, TaskContinuationOptions.ExecuteSynchronously);
    }

    /// <summary>The cluster declared <paramref name="silo"/> dead: calls to it fail at once, now and later.</summary>
    public void MarkDead(SiloAddress silo)
    {
        if (!_dead.TryAdd(silo, 0)) return;
        var failure = new SiloUnavailableException($"Silo {silo} was declared dead.");
        // A connection still being opened is closed when it opens: calls waiting on it would otherwise be sent on it
        // and wait for their timeouts (a call made just before the silo was declared dead, seen on a loaded box).
        if (_outgoing.TryRemove(silo, out var lazy) && lazy.IsValueCreated)
            lazy.Value.ContinueWith(t =>
            {
                if (t.IsCompletedSuccessfully) t.Result.Close(failure);
            }, TaskContinuationOptions.ExecuteSynchronously);
        foreach (var connection in _connections.Keys)
            if (silo.Equals(connection.Remote)) connection.Close(failure);
    }

    // ---- receiving ----

    /// <summary>Handles one frame from <paramref name="connection"/>; a malformed one throws and closes it.</summary>
    internal void Dispatch(Connection connection, ReadOnlySpan<byte> payload)
    {
        var reader = new FrameReader(payload);
        var kind = (MessageKind)reader.ReadByte();
        switch (kind)
        {
            case MessageKind.Request:
                OnRequest(connection, ref reader);
                break;
            case MessageKind.Response:
            {
                var id = reader.ReadInt64();
                var status = (ResponseStatus)reader.ReadByte();
                if (connection.Pending.TryRemove(id, out var call)) call.Complete(status, reader.Rest, Serializer);
                break;
            }
            case MessageKind.Ping:
            {
                var id = reader.ReadInt64();
                var pong = new FrameWriter(MessageKind.Pong, 16);
                pong.WriteInt64(id);
                connection.Enqueue(pong);
                break;
            }
            case MessageKind.Pong:
            {
                var id = reader.ReadInt64();
                if (connection.Pending.TryRemove(id, out var call)) call.Complete(ResponseStatus.Ok, default, Serializer);
                break;
            }
            case MessageKind.Gossip:
            {
                var from = reader.ReadString();
                if (SiloAddress.TryParse(from, out var silo)) Handler?.OnMembershipGossip(silo);
                else throw new MalformedFrameException($"gossip names no silo ('{from}').");
                break;
            }
            default:
                throw new MalformedFrameException($"unknown message kind {(byte)kind}.");
        }
    }

    private void OnRequest(Connection connection, ref FrameReader reader)
    {
        var id = reader.ReadInt64();
        var forwardCount = reader.ReadByte();
        var grain = new GrainId(reader.ReadString(), reader.ReadString());
        var methodId = reader.ReadString();
        Invokable invokable;
        try
        {
            invokable = _registry.Create(methodId);
            Serializer.ReadArguments(reader.Rest, invokable);
        }
        catch (Exception e)
        {
            // The frame was well formed; the call was not: its caller hears why, the connection carries on.
            connection.SendError(id, e);
            return;
        }
        var call = new IncomingCall(connection, id, grain, invokable, forwardCount);
        if (Handler is not { } handler)
        {
            call.ReplyError(new SiloUnavailableException("This process hosts no grains."));
            return;
        }
        handler.OnRequest(call);
    }

    internal void OnClosed(Connection connection) => _connections.TryRemove(connection, out _);

    private void SweepTimeouts()
    {
        var now = Environment.TickCount64;
        foreach (var connection in _connections.Keys)
        foreach (var (id, call) in connection.Pending)
            if (call.Deadline < now && connection.Pending.TryRemove(id, out _))
                call.Fail(call.TimedOut());
    }

    private int _disposed;

    // The container disposes a singleton once per registration that returns it; only the first counts.
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _stopping.CancelAsync();
        await _sweeper.DisposeAsync();
        _listener?.Dispose();
        foreach (var connection in _connections.Keys) connection.Close(new SiloUnavailableException("This process is shutting down its messaging."));
    }
}
