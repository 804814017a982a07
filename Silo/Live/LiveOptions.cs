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
    /// Events a subscriber may have waiting; when its buffer is full the subscriber is closed (slow subscriber), so it
    /// never holds up the feed, writers, or other subscribers.
    /// </summary>
    public int SubscriberBufferSize { get; set; } = 1024;

    /// <summary>
    /// How far back a subscriber may resume (<c>since</c>), in graph versions. The events table keeps every event, so a
    /// resume reads the log; this bounds what one resume may read. Older: RESUME_WINDOW_EXCEEDED (query, then subscribe).
    /// </summary>
    public int MaxResumeEvents { get; set; } = 10_000;

    /// <summary>echoChamberUpdated: changes to a scope within this window produce one recomputed report.</summary>
    public TimeSpan EchoChamberDebounce { get; set; } = TimeSpan.FromSeconds(1);
}
