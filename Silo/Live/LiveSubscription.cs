using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Network.Grains.Common;

namespace Network.Silo.Live;

/// <summary>
/// One subscriber of the <see cref="LiveFeed"/>: the events after the version it started from, those it asked for
/// (its filter), in log order, each once. It first replays history from the log when it resumes, then reads its
/// bounded buffer. When the buffer overflows, the subscription ends with <see cref="LiveErrorCodes.SlowSubscriber"/>
/// and <see cref="Overflowed"/> is raised, so the transport can close that subscriber at once.
/// </summary>
public sealed class LiveSubscription : IAsyncDisposable
{
    private const int HistoryPage = 500;
    private readonly LiveFeed _feed;
    private readonly Func<LiveEvent, LiveEvent?> _filter;
    private readonly long _from;
    private readonly long _registeredAt;
    private readonly int _capacity;
    private readonly Channel<LiveEvent> _buffer;
    private int _overflowed;

    internal LiveSubscription(LiveFeed feed, long from, long registeredAt, int capacity, Func<LiveEvent, LiveEvent?> filter)
    {
        _feed = feed;
        _from = from;
        _registeredAt = registeredAt;
        _capacity = capacity;
        _filter = filter;
        _buffer = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(Math.Max(1, capacity))
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait, // never waited on: the feed uses TryWrite
        });
    }

    /// <summary>Raised once, off the feed's thread, when this subscriber's buffer overflowed.</summary>
    public event Action<LiveSubscription>? Overflowed;

    public bool IsOverflowed => Volatile.Read(ref _overflowed) == 1;

    /// <summary>The version this subscription started after (its since, or the feed's position when it subscribed).</summary>
    public long From => _from;

    /// <summary>Called by the feed under its lock: never blocks.</summary>
    internal void Offer(LiveEvent[] events)
    {
        foreach (var e in events)
        {
            if (e.Version <= _from || Passes(e) is not { } seen) continue;
            if (_buffer.Writer.TryWrite(seen)) continue;
            if (Interlocked.Exchange(ref _overflowed, 1) == 1) return;
            _buffer.Writer.TryComplete(new GraphException(LiveErrorCodes.SlowSubscriber,
                $"The subscriber fell {_capacity} events behind and was closed; resume with since: the last graphVersion it received."));
            _feed.Unsubscribe(this);
            if (Overflowed is { } handler) ThreadPool.QueueUserWorkItem(_ => handler(this));
            return;
        }
    }

    // A filter that throws (say, on malformed event data) drops that event for this subscriber; the feed goes on.
    private LiveEvent? Passes(LiveEvent e)
    {
        try { return _filter(e); }
        catch (Exception) { return null; }
    }

    internal void Stop() =>
        _buffer.Writer.TryComplete(new GraphException(LiveErrorCodes.FeedStopped, "The service is stopping; resume with since on another connection."));

    /// <summary>History from the log (when resuming), then live events, with the filter applied.</summary>
    public async IAsyncEnumerable<LiveEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var last = _from;
        while (last < _registeredAt)
        {
            var page = await _feed.Log.ReadEventsAsync(last, HistoryPage, cancellationToken);
            if (page.Count == 0) break;
            foreach (var stored in page)
            {
                if (stored.Version > _registeredAt) break;
                last = stored.Version;
                var e = await _feed.ToLiveFromHistoryAsync(stored, cancellationToken);
                if (_filter(e) is { } seen) yield return seen;
            }
            if (page[^1].Version > _registeredAt) break;
        }
        last = Math.Max(last, _registeredAt);

        var reader = _buffer.Reader;
        while (await reader.WaitToReadAsync(cancellationToken))
        {
            while (reader.TryRead(out var e))
            {
                if (e.Version <= last) continue;
                last = e.Version;
                yield return e;
            }
        }
        await reader.Completion; // throws the reason the buffer was closed with (slow subscriber, feed stopped)
    }

    public ValueTask DisposeAsync()
    {
        _feed.Unsubscribe(this);
        _buffer.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }
}
