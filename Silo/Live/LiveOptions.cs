namespace Network.Silo.Live;

/// <summary>Bound from the "Live" configuration section: the event feed behind GraphQL subscriptions.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>How often the event log is polled when no local commit wakes the feed (commits on other silos).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Events read from the log per round trip.</summary>
    public int ReadBatchSize { get; set; } = 1000;

    /// <summary>
    /// Events held in memory for a subscriber. When its buffer is full the feed stops filling it, so that it never holds
    /// up the feed, writers, or other subscribers; the subscriber drains it and reads what it missed from the log.
    /// </summary>
    public int SubscriberBufferSize { get; set; } = 1024;

    /// <summary>
    /// A subscriber whose buffer is full and that takes no event for this long is closed as slow (SLOW_SUBSCRIBER,
    /// WebSocket 4413): its client stopped reading. It may resume with since.
    /// </summary>
    public TimeSpan SlowSubscriberTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How far back a subscriber may resume (<c>since</c>), in graph versions. The events table keeps every event, so a
    /// resume reads the log; this bounds what one resume may read. Older: RESUME_WINDOW_EXCEEDED (query, then subscribe).
    /// </summary>
    public int MaxResumeEvents { get; set; } = 10_000;

    /// <summary>echoChamberUpdated: changes to a scope within this window produce one recomputed report.</summary>
    public TimeSpan EchoChamberDebounce { get; set; } = TimeSpan.FromSeconds(1);
}
