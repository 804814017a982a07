using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Orleans.Messaging;

/// <summary>
/// One TCP connection between two processes, multiplexing many calls by correlation id. The side that opened it sends
/// requests and receives responses; the other side answers on it. Frames going out queue up while a write is in
/// flight and leave together in the next one, so under load many messages share a system call.
/// </summary>
public sealed class Connection
{
    private const int MaxBatchBytes = 256 * 1024;

    private readonly Socket _socket;
    private readonly MessageCenter _center;
    private PipeReader? _pipe;
    private readonly ConcurrentQueue<FrameWriter> _sendQueue = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private byte[] _batch = new byte[16 * 1024];
    private int _sending;
    private int _isClosed;

    internal Connection(Socket socket, MessageCenter center, SiloAddress? remote)
    {
        _socket = socket;
        _center = center;
        Remote = remote;
    }

    // Created on first read: a NetworkStream needs a connected socket, and an outgoing one connects after construction.
    private PipeReader _reader => _pipe ??= PipeReader.Create(new NetworkStream(_socket, ownsSocket: false), new StreamPipeReaderOptions(bufferSize: 64 * 1024));

    /// <summary>The silo at the other end; null for a client's connection to us.</summary>
    public SiloAddress? Remote { get; private set; }

    /// <summary>The protocol version both ends speak.</summary>
    public int Version { get; private set; } = ProtocolVersion.Current;

    public bool IsClosed => Volatile.Read(ref _isClosed) != 0;

    public Task Closed => _closed.Task;

    /// <summary>Calls this process sent on this connection and still waits for.</summary>
    internal ConcurrentDictionary<long, PendingCall> Pending { get; } = new();

    // Never reads the socket: this runs while closing, after the socket may be disposed.
    public override string ToString() => Remote is { } silo ? $"connection to silo {silo}" : "connection from a client";

    // ---- handshake ----

    /// <summary>The opener's side: announce ourselves, then check that the silo we meant is the one that answered.</summary>
    internal async Task ConnectHandshakeAsync(SiloAddress expected, CancellationToken cancellationToken)
    {
        using (var hello = Handshake.Write(_center.Options.ClusterId, _center.Self))
            await _socket.SendAsync(hello.Frame.ToArray(), SocketFlags.None, cancellationToken);
        var reply = await ReadHandshakeAsync(cancellationToken);
        if (reply.Silo is null || !reply.Silo.Equals(expected))
            throw new SiloUnavailableException($"{expected} is gone: {(reply.Silo?.ToString() ?? "a client")} answers at its address.");
        Version = reply.Version;
        _ = ReadLoopAsync();
    }

    /// <summary>The acceptor's side: check the opener's cluster and version, answer with our own.</summary>
    internal async Task AcceptHandshakeAsync(CancellationToken cancellationToken)
    {
        var hello = await ReadHandshakeAsync(cancellationToken);
        Remote = hello.Silo;
        Version = hello.Version;
        using (var reply = Handshake.Write(_center.Options.ClusterId, _center.Self))
            await _socket.SendAsync(reply.Frame.ToArray(), SocketFlags.None, cancellationToken);
        _ = ReadLoopAsync();
    }

    private async Task<Handshake> ReadHandshakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await _reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (TryReadFrame(ref buffer, out var payload, out var rented))
            {
                try
                {
                    var handshake = Handshake.Read(payload.Span, _center.Options.ClusterId);
                    _reader.AdvanceTo(buffer.Start);
                    return handshake;
                }
                finally
                {
                    if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
                }
            }
            if (result.IsCompleted) throw new SiloUnavailableException("The peer closed the connection during the handshake.");
            _reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    // ---- reading ----

    private async Task ReadLoopAsync()
    {
        Exception? reason = null;
        try
        {
            while (true)
            {
                var result = await _reader.ReadAsync(_closing.Token);
                var buffer = result.Buffer;
                while (TryReadFrame(ref buffer, out var payload, out var rented))
                {
                    try
                    {
                        _center.Dispatch(this, payload.Span);
                    }
                    finally
                    {
                        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
                    }
                }
                if (result.IsCompleted) break;
                _reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        catch (MalformedFrameException e)
        {
            _center.Logger.LogWarning("Closing {Connection}: {Problem}", this, e.Message);
            reason = e;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            reason = e;
        }
        catch (Exception e)
        {
            _center.Logger.LogError(e, "Closing {Connection} after an unexpected error.", this);
            reason = e;
        }
        Close(reason);
    }

    /// <summary>Takes one whole frame off the front of <paramref name="buffer"/>; false when it has not all arrived.</summary>
    private bool TryReadFrame(ref ReadOnlySequence<byte> buffer, out ReadOnlyMemory<byte> payload, out byte[]? rented)
    {
        payload = default;
        rented = null;
        if (buffer.Length < 4) return false;
        Span<byte> prefix = stackalloc byte[4];
        buffer.Slice(0, 4).CopyTo(prefix);
        var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(prefix);
        if (length < 1 || length > _center.Options.MaxFrameBytes)
            throw new MalformedFrameException($"a frame announced {length} bytes (the limit is {_center.Options.MaxFrameBytes}).");
        if (buffer.Length < 4 + length) return false;
        var frame = buffer.Slice(4, length);
        if (frame.IsSingleSegment)
        {
            payload = frame.First;
        }
        else
        {
            rented = ArrayPool<byte>.Shared.Rent(length);
            frame.CopyTo(rented);
            payload = rented.AsMemory(0, length);
        }
        buffer = buffer.Slice(frame.End);
        return true;
    }

    // ---- writing ----

    internal void Enqueue(FrameWriter frame)
    {
        if (IsClosed)
        {
            frame.Dispose();
            return;
        }
        _sendQueue.Enqueue(frame);
        if (Interlocked.CompareExchange(ref _sending, 1, 0) == 0)
            ThreadPool.UnsafeQueueUserWorkItem(static c => _ = c.WriteLoopAsync(), this, preferLocal: false);
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            while (true)
            {
                var length = 0;
                while (length < MaxBatchBytes && _sendQueue.TryDequeue(out var frame))
                {
                    using (frame)
                    {
                        var bytes = frame.Frame;
                        if (_batch.Length - length < bytes.Length)
                            Array.Resize(ref _batch, Math.Max(_batch.Length * 2, length + bytes.Length));
                        bytes.CopyTo(_batch.AsSpan(length));
                        length += bytes.Length;
                    }
                }
                if (length == 0)
                {
                    Volatile.Write(ref _sending, 0);
                    // A frame queued after the queue looked empty but before the flag dropped would wait forever.
                    if (_sendQueue.IsEmpty || Interlocked.CompareExchange(ref _sending, 1, 0) != 0) return;
                    continue;
                }
                var sent = 0;
                while (sent < length)
                    sent += await _socket.SendAsync(_batch.AsMemory(sent, length - sent), SocketFlags.None, _closing.Token);
            }
        }
        catch (Exception e)
        {
            Close(e);
        }
    }

    internal void SendResponse(long correlationId, object? result, Type resultType)
    {
        var frame = new FrameWriter(MessageKind.Response);
        try
        {
            frame.WriteInt64(correlationId);
            frame.WriteByte((byte)ResponseStatus.Ok);
            _center.Serializer.WriteValue(frame, result, resultType);
        }
        catch (Exception e)
        {
            frame.Dispose();
            SendError(correlationId, new InvalidOperationException($"The result could not be serialized: {e.Message}", e));
            return;
        }
        Enqueue(frame);
    }

    internal void SendError(long correlationId, Exception error)
    {
        var frame = new FrameWriter(MessageKind.Response);
        frame.WriteInt64(correlationId);
        frame.WriteByte((byte)ResponseStatus.Error);
        _center.Serializer.WriteException(frame, error);
        Enqueue(frame);
    }

    // ---- closing ----

    /// <summary>Closes the socket and fails every call still waiting on it: a lost connection never leaves a caller waiting for its timeout.</summary>
    internal void Close(Exception? reason)
    {
        if (Interlocked.Exchange(ref _isClosed, 1) != 0) return;
        _closing.Cancel();
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception)
        {
            // Already gone.
        }
        _socket.Dispose();
        var failure = reason as SiloUnavailableException
            ?? new SiloUnavailableException($"The {this} was lost{(reason is null ? "" : ": " + reason.Message)}.");
        foreach (var id in Pending.Keys)
            if (Pending.TryRemove(id, out var call)) call.Fail(failure);
        while (_sendQueue.TryDequeue(out var frame)) frame.Dispose();
        _center.OnClosed(this);
        _closed.TrySetResult();
    }
}
