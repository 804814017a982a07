using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Network.Grains.Common;

namespace Network.Silo.Live;

/// <summary>
/// One subscriber of the <see cref="LiveFeed"/>: the events after the version it started from, those it asked for
/// (its filter), in log order, each once. It first replays history from the log when it resumes, then reads its
/// bounded buffer.
/// </summary>
/// <remarks>
/// A burst larger than the buffer does not end the subscription: the feed stops filling the full buffer, the reader
/// drains it, reads what it missed from the log (as a resume does) and takes live events again. Only a subscriber that
/// takes no event for <see cref="LiveOptions.SlowSubscriberTimeout"/> while its buffer is full is closed, with
/// <see cref="LiveErrorCodes.SlowSubscriber"/>; <see cref="Overflowed"/> is raised then, so that the transport can
/// close it at once even if its socket is full. Memory stays bounded either way: a buffer, and a page of the log.
/// </remarks>
public sealed class LiveSubscription : IAsyncDisposable
{
    private const int HistoryPage = 500;
    private readonly LiveFeed _feed;
    private readonly Func<LiveEvent, LiveEvent?> _filter;
    private readonly long _from;
    private readonly int _capacity;

    // The current attachment to the feed: its buffer and the feed position it starts after. Written under the feed's lock.
    private Channel<LiveEvent> _buffer;
    private long _attachedAt;
    private bool _detached;
    private bool _disposed;
    private GraphException? _failure;

    private long _lastProgress = Environment.TickCount64;
    private int _overflowed;
    private int _catchUps;

    internal LiveSubscription(LiveFeed feed, long from, long registeredAt, int capacity, Func<LiveEvent, LiveEvent?> filter)
    {
        _feed = feed;
        _from = from;
        _capacity = Math.Max(1, capacity);
        _filter = filter;
        (_buffer, _attachedAt) = (NewBuffer(), registeredAt);
    }

    /// <summary>Raised once, off the feed's thread, when this subscriber is closed as slow.</summary>
    public event Action<LiveSubscription>? Overflowed;

    /// <summary>Closed as slow: its buffer was full and it took no event for <see cref="LiveOptions.SlowSubscriberTimeout"/>.</summary>
    public bool IsOverflowed => Volatile.Read(ref _overflowed) == 1;

    /// <summary>The version this subscription started after (its since, or the feed's position when it subscribed).</summary>
    public long From => _from;

    /// <summary>How many times a full buffer sent this subscriber to the log to catch up.</summary>
    internal int CatchUps => Volatile.Read(ref _catchUps);

    private Channel<LiveEvent> NewBuffer() => Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(_capacity)
    {
        SingleReader = true,
        SingleWriter = true,
        FullMode = BoundedChannelFullMode.Wait, // never waited on: the feed uses TryWrite
    });

    /// <summary>Called by the feed under its lock: never blocks.</summary>
    internal void Offer(LiveEvent[] events)
    {
        if (_detached) return;
        foreach (var e in events)
        {
            if (e.Version <= _from || Passes(e) is not { } seen) continue;
            if (_buffer.Writer.TryWrite(seen)) continue;
            // Full: the reader drains what is buffered, then reads this event and the rest from the log.
            _detached = true;
            Interlocked.Increment(ref _catchUps);
            _buffer.Writer.TryComplete();
            return;
        }
    }

    /// <summary>Under the feed's lock: a full buffer that nothing was taken from for <paramref name="timeoutMs"/>.</summary>
    internal bool IsStalled(long now, long timeoutMs) => _detached && _failure is null && now - Volatile.Read(ref _lastProgress) > timeoutMs;

    /// <summary>Under the feed's lock, which has already dropped this subscriber.</summary>
    internal void CloseAsSlow()
    {
        _failure ??= new GraphException(LiveErrorCodes.SlowSubscriber,
            $"The subscriber took no event for {_feed.Options.SlowSubscriberTimeout.TotalSeconds:0.###} s while {_capacity} waited, and was closed; resume with since: the last graphVersion it received.");
        _buffer.Writer.TryComplete();
        if (Interlocked.Exchange(ref _overflowed, 1) == 0 && Overflowed is { } handler) ThreadPool.QueueUserWorkItem(_ => handler(this));
    }

    /// <summary>Under the feed's lock, when the feed stops.</summary>
    internal void Stop()
    {
        _failure ??= new GraphException(LiveErrorCodes.FeedStopped, "The service is stopping; resume with since on another connection.");
        _buffer.Writer.TryComplete();
    }

    /// <summary>
    /// Under the feed's lock, after the reader drained its buffer: a new buffer from <paramref name="position"/> on, or
    /// null when the subscription was disposed meanwhile. Throws the reason it was closed.
    /// </summary>
    internal (ChannelReader<LiveEvent> Reader, long AttachedAt)? Attach(long position)
    {
        if (_failure is { } failure) throw failure;
        if (_disposed) return null;
        (_buffer, _attachedAt, _detached) = (NewBuffer(), position, false);
        Volatile.Write(ref _lastProgress, Environment.TickCount64);
        return (_buffer.Reader, position);
    }

    // A filter that throws (say, on malformed event data) drops that event for this subscriber; the feed goes on.
    private LiveEvent? Passes(LiveEvent e)
    {
        try { return _filter(e); }
        catch (Exception) { return null; }
    }

    /// <summary>History from the log (when resuming, and after the buffer overflowed), then live events, with the filter applied.</summary>
    public async IAsyncEnumerable<LiveEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var last = _from;
        ChannelReader<LiveEvent> reader;
        long attachedAt;
        lock (_feed.SubscribersLock) (reader, attachedAt) = (_buffer.Reader, _attachedAt);
        while (true)
        {
            while (last < attachedAt)
            {
                var page = await _feed.Log.ReadEventsAsync(last, HistoryPage, cancellationToken);
                if (page.Count == 0) break;
                foreach (var stored in page)
                {
                    if (stored.Version > attachedAt) break;
                    last = stored.Version;
                    var e = await _feed.ToLiveFromHistoryAsync(stored, cancellationToken);
                    if (Passes(e) is not { } seen) continue;
                    Volatile.Write(ref _lastProgress, Environment.TickCount64);
                    yield return seen;
                }
                if (page[^1].Version > attachedAt) break;
            }
            last = Math.Max(last, attachedAt);

            while (await reader.WaitToReadAsync(cancellationToken))
            {
                while (reader.TryRead(out var e))
                {
                    if (e.Version <= last) continue;
                    last = e.Version;
                    Volatile.Write(ref _lastProgress, Environment.TickCount64);
                    yield return e;
                }
            }
            await reader.Completion;
            if (_feed.Attach(this) is not { } next) yield break;
            (reader, attachedAt) = next;
        }
    }

    public ValueTask DisposeAsync()
    {
        lock (_feed.SubscribersLock)
        {
            _feed.Unsubscribe(this);
            _disposed = true;
            _buffer.Writer.TryComplete();
        }
        return ValueTask.CompletedTask;
    }
}
