using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Grains.Common;
using Network.Grains.Storage;
using Network.Silo.Storage;

namespace Network.Silo.Live;

/// <summary>
/// Tails the event log and fans each event out to the subscribers of this process. Events come from the log, never
/// from in-process callbacks, so a subscriber sees every silo's writes; this silo's commits only wake the tail early
/// (otherwise it polls every <see cref="LiveOptions.PollInterval"/>). Handing an event to a subscriber never waits: each
/// has a bounded buffer; one whose buffer is full catches up from the log (see <see cref="LiveSubscription"/>), and one that
/// stays full without taking an event for <see cref="LiveOptions.SlowSubscriberTimeout"/> is closed as slow.
/// </summary>
public sealed class LiveFeed : BackgroundService
{
    private readonly LiveLogReader _log;
    private readonly LiveOptions _options;
    private readonly ILogger<LiveFeed> _logger;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly Lock _lock = new();
    private LiveSubscription[] _subscribers = [];
    private Dictionary<(long User, long Community), Visibility> _hiddenMemberships = [];
    private long _position;
    private bool _stopped;

    public LiveFeed(LiveLogReader log, CommitQueue commits, IOptions<LiveOptions> options, ILogger<LiveFeed> logger)
    {
        _log = log;
        _options = options.Value;
        _logger = logger;
        commits.Committed += _ => Wake();
    }

    public LiveOptions Options => _options;

    /// <summary>The last graph version handed to subscribers.</summary>
    public long Position => Volatile.Read(ref _position);

    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    /// <summary>
    /// A subscription to the events that <paramref name="filter"/> lets through (as it returns them: a viewer's view of the
    /// event, or null to drop it) after <paramref name="since"/> (or, when null, after the feed's current position).
    /// A resume reads the log from <paramref name="since"/>, at most <see cref="LiveOptions.MaxResumeEvents"/> versions
    /// back; the subscription is registered before that read, so nothing falls between history and live events.
    /// </summary>
    public async Task<LiveSubscription> SubscribeAsync(long? since, Func<LiveEvent, LiveEvent?> filter, CancellationToken cancellationToken)
    {
        await _started.Task.WaitAsync(cancellationToken);
        if (since < 0) throw GraphException.Invalid("since", "since is a graph version: 0 or more.");
        lock (_lock)
        {
            var position = _position;
            if (since is { } s && position - s > _options.MaxResumeEvents)
                throw new GraphException(LiveErrorCodes.ResumeWindowExceeded,
                    $"since {s} is {position - s} versions behind the graph (at {position}); a subscription can resume at most {_options.MaxResumeEvents} versions back. Query the current state, then subscribe.",
                    "since");
            if (_stopped) throw new GraphException(LiveErrorCodes.FeedStopped, "The service is stopping; subscribe on another connection.");
            var subscription = new LiveSubscription(this, since ?? position, position, _options.SubscriberBufferSize, filter);
            _subscribers = [.. _subscribers, subscription];
            return subscription;
        }
    }

    internal void Unsubscribe(LiveSubscription subscription)
    {
        lock (_lock) _subscribers = _subscribers.Where(s => s != subscription).ToArray();
    }

    /// <summary>Guards the subscriber list and every subscription's attachment.</summary>
    internal Lock SubscribersLock => _lock;

    /// <summary>
    /// Takes live events for <paramref name="subscription"/> again after it drained a full buffer; what came meanwhile it
    /// reads from the log, up to the position returned. Null when it was disposed; throws when it was closed.
    /// </summary>
    internal (System.Threading.Channels.ChannelReader<LiveEvent> Reader, long AttachedAt)? Attach(LiveSubscription subscription)
    {
        lock (_lock)
        {
            return subscription.Attach(_position);
        }
    }

    // Subscribers whose buffer is full and who took nothing for the timeout: closed, so that a stuck client does not
    // hold its connection forever. Runs on every round of the feed, events or not.
    private void CloseStalledSubscribers()
    {
        var (now, timeout) = (Environment.TickCount64, (long)_options.SlowSubscriberTimeout.TotalMilliseconds);
        lock (_lock)
        {
            List<LiveSubscription>? stalled = null;
            foreach (var subscriber in _subscribers)
                if (subscriber.IsStalled(now, timeout)) (stalled ??= []).Add(subscriber);
            if (stalled is null) return;
            _subscribers = _subscribers.Except(stalled).ToArray();
            foreach (var subscriber in stalled) subscriber.CloseAsSlow();
        }
    }

    internal LiveLogReader Log => _log;

    private void Wake()
    {
        try { _wake.Release(); } catch (SemaphoreFullException) { }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!_started.Task.IsCompleted)
        {
            try
            {
                (_position, _hiddenMemberships) = await _log.ReadStartAsync(stoppingToken);
                _started.TrySetResult();
                _logger.LogInformation("Live feed started at graph version {Version}.", _position);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                _started.TrySetCanceled(stoppingToken);
                return;
            }
            catch (Exception e)
            {
                _logger.LogError(e, "The live feed could not read where to start; retrying.");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    CloseStalledSubscribers();
                    var events = await _log.ReadEventsAsync(_position, _options.ReadBatchSize, stoppingToken);
                    if (events.Count > 0)
                    {
                        Publish(events);
                        if (events.Count == _options.ReadBatchSize) continue;
                    }
                    await _wake.WaitAsync(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    _logger.LogError(e, "Tailing the event log for subscribers failed at graph version {Version}; retrying.", _position);
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                }
            }
        }
        finally
        {
            lock (_lock)
            {
                _stopped = true;
                foreach (var subscriber in _subscribers) subscriber.Stop();
            }
        }
    }

    private void Publish(IReadOnlyList<GraphEvent> events)
    {
        var live = new LiveEvent[events.Count];
        for (var i = 0; i < events.Count; i++) live[i] = ToLive(events[i]);
        // Under the lock, so that a subscription registered at a position receives exactly the events after it.
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
                subscriber.Offer(live);
            Volatile.Write(ref _position, events[^1].Version);
        }
    }

    /// <summary>Gives the event the visibility of the edge it reveals; a leave takes it from the membership it ends.</summary>
    private LiveEvent ToLive(GraphEvent e)
    {
        var visibility = Visibility.Public;
        Visibility? previous = null;
        switch (e.Kind)
        {
            case EventKinds.JoinedCommunity:
                visibility = LiveLogReader.VisibilityIn(e.Data);
                previous = LiveLogReader.PreviousVisibilityIn(e.Data);
                if (visibility == Visibility.Public) _hiddenMemberships.Remove((e.SubjectId, e.ObjectId!.Value));
                else _hiddenMemberships[(e.SubjectId, e.ObjectId!.Value)] = visibility;
                break;
            case EventKinds.LeftCommunity:
                if (_hiddenMemberships.Remove((e.SubjectId, e.ObjectId!.Value), out var hidden)) visibility = hidden;
                break;
            case EventKinds.SupportedMovement:
                visibility = LiveLogReader.VisibilityIn(e.Data);
                previous = LiveLogReader.PreviousVisibilityIn(e.Data);
                break;
        }
        return new LiveEvent(e.Version, e.Kind, e.SubjectId, e.ObjectId, visibility, e.Data, e.RecordedAt, previous);
    }

    /// <summary>For events read again on a resume: the same visibility the live feed gave them, read from the log.</summary>
    internal async Task<LiveEvent> ToLiveFromHistoryAsync(GraphEvent e, CancellationToken cancellationToken)
    {
        var visibility = e.Kind switch
        {
            EventKinds.JoinedCommunity or EventKinds.SupportedMovement => LiveLogReader.VisibilityIn(e.Data),
            EventKinds.LeftCommunity => await _log.JoinVisibilityBeforeAsync(e.SubjectId, e.ObjectId!.Value, e.Version, cancellationToken),
            _ => Visibility.Public,
        };
        var previous = e.Kind is EventKinds.JoinedCommunity or EventKinds.SupportedMovement ? LiveLogReader.PreviousVisibilityIn(e.Data) : null;
        return new LiveEvent(e.Version, e.Kind, e.SubjectId, e.ObjectId, visibility, e.Data, e.RecordedAt, previous);
    }
}
