using Microsoft.Extensions.Logging;
using Orleans.Timers;

namespace Orleans.Runtime;

/// <summary>
/// A grain timer: each tick is queued to the activation as a request, so it runs as a turn of its own.
/// The next tick is armed only after the callback finishes, so ticks never pile up.
/// </summary>
internal sealed class GrainTimer : IGrainTimer
{
    private readonly ActivationData _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly GrainTimerCreationOptions _options;
    private readonly CancellationTokenSource _disposed = new();
    private readonly Timer _timer;
    private readonly ILogger _logger;
    private TimeSpan _period;

    public GrainTimer(ActivationData activation, Func<CancellationToken, Task> callback, GrainTimerCreationOptions options, ILogger logger)
    {
        _logger = logger;
        _activation = activation;
        _callback = callback;
        _options = options;
        _period = options.Period;
        _timer = new Timer(static s => ((GrainTimer)s!).Tick(), this, Timeout.Infinite, Timeout.Infinite);
    }

    public void Start() => Arm(_options.DueTime);

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        _period = period;
        Arm(dueTime);
    }

    private void Arm(TimeSpan due)
    {
        if (_disposed.IsCancellationRequested) return;
        try { _timer.Change(due, Timeout.InfiniteTimeSpan); } catch (ObjectDisposedException) { }
    }

    private void Tick()
    {
        if (_disposed.IsCancellationRequested) return;
        if (!_activation.TryEnqueue(new TickRequest(this))) Dispose();
    }

    private async Task RunCallbackAsync()
    {
        try
        {
            if (!_disposed.IsCancellationRequested) await _callback(_disposed.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "Timer callback of {GrainId} threw.", _activation.GrainId);
        }
        finally
        {
            if (_period != Timeout.InfiniteTimeSpan) Arm(_period);
        }
    }

    public void Dispose()
    {
        if (_disposed.IsCancellationRequested) return;
        _disposed.Cancel();
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    private sealed class TickRequest(GrainTimer timer) : Request
    {
        public override bool IsReadOnly => false;
        public override bool IsAlwaysInterleave => timer._options.Interleave;
        public override bool KeepsAlive => timer._options.KeepAlive;
        public override Task InvokeAsync(object grain) => timer.RunCallbackAsync();
        public override void Fail(Exception error) { }
    }
}
