namespace Network.Silo.Projection;

/// <summary>Bound from the "Projection" configuration section.</summary>
public sealed class ProjectionOptions
{
    /// <summary>How often the event log is polled when no local commit wakes the tailer (commits on other silos).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long a read with minVersion waits for the projection to catch up before it fails.</summary>
    public TimeSpan MinVersionTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Events read from the log per round trip.</summary>
    public int BatchSize { get; set; } = 10_000;
}
