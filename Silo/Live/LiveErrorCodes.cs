namespace Network.Silo.Live;

/// <summary>Codes of the errors a live subscription can end with (extensions.code).</summary>
public static class LiveErrorCodes
{
    /// <summary>The subscriber took no event for Live:SlowSubscriberTimeout while its buffer was full. Resume with since.</summary>
    public const string SlowSubscriber = "SLOW_SUBSCRIBER";

    /// <summary>since is older than the resume window (Live:MaxResumeEvents); query the current state, then subscribe.</summary>
    public const string ResumeWindowExceeded = "RESUME_WINDOW_EXCEEDED";

    /// <summary>The service is stopping.</summary>
    public const string FeedStopped = "FEED_STOPPED";
}
