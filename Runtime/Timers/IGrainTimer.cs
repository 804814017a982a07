namespace Orleans.Timers;

/// <summary>A timer owned by one activation. Disposing stops it.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Changes when the next tick happens and the period after that.</summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}

/// <param name="DueTime">Delay before the first tick.</param>
/// <param name="Period">Interval between ticks; <see cref="Timeout.InfiniteTimeSpan"/> for a single tick.</param>
/// <param name="Interleave">Whether ticks may interleave with requests (default: no, a tick is a turn like a request).</param>
/// <param name="KeepAlive">Whether ticks count as activity that keeps the activation from idle collection.</param>
public sealed record GrainTimerCreationOptions(TimeSpan DueTime, TimeSpan Period, bool Interleave = false, bool KeepAlive = false);
