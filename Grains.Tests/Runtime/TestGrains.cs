using System.Collections.Concurrent;
using Orleans;
using Orleans.Concurrency;
using Orleans.Runtime;

namespace Grains.Tests.Runtime;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment();
    Task<int> Get();
    Task<string> ActivationId();
    Task Deactivate();
}

public sealed class CounterState
{
    public int Value { get; set; }
}

public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    public static readonly ConcurrentDictionary<string, int> Constructions = new();
    public static readonly ConcurrentQueue<(string Key, DeactivationReasonCode Reason)> Deactivations = new();

    private string _activationId = "";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Constructions.AddOrUpdate(this.GetPrimaryKeyString(), 1, (_, n) => n + 1);
        _activationId = Guid.NewGuid().ToString();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Deactivations.Enqueue((this.GetPrimaryKeyString(), reason.ReasonCode));
        return Task.CompletedTask;
    }

    public async Task<int> Increment()
    {
        state.State.Value++;
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public Task<int> Get() => Task.FromResult(state.State.Value);
    public Task<string> ActivationId() => Task.FromResult(_activationId);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}

/// <summary>Records how many requests are inside the grain at once.</summary>
public interface IConcurrencyProbeGrain : IGrainWithStringKey
{
    Task Work(int milliseconds);
    [ReadOnly] Task Read(int milliseconds);
    [AlwaysInterleave] Task Interleaved(int milliseconds);
    [AlwaysInterleave] Task<int> MaxInside();
}

public abstract class ConcurrencyProbe : Grain
{
    private int _inside;
    private int _max;

    protected async Task Enter(int milliseconds)
    {
        _max = Math.Max(_max, ++_inside);
        await Task.Delay(milliseconds);
        _inside--;
    }

    public Task<int> MaxInside() => Task.FromResult(_max);
}

public sealed class ConcurrencyProbeGrain : ConcurrencyProbe, IConcurrencyProbeGrain
{
    public Task Work(int milliseconds) => Enter(milliseconds);
    public Task Read(int milliseconds) => Enter(milliseconds);
    public Task Interleaved(int milliseconds) => Enter(milliseconds);
}

public interface IReentrantProbeGrain : IGrainWithStringKey
{
    Task Work(int milliseconds);
    Task<int> MaxInside();

    /// <summary>Runs <paramref name="turns"/> short stretches of code separated by awaits of every kind.</summary>
    Task Spin(int turns);

    /// <summary>
    /// How often two threads were inside the grain's code at once, or a continuation ran outside the activation's
    /// scheduling (never, if turns are single-threaded).
    /// </summary>
    Task<int> Overlaps();
}

[Reentrant]
public sealed class ReentrantProbeGrain : ConcurrencyProbe, IReentrantProbeGrain
{
    private int _threadsInside;
    private int _overlaps;

    public Task Work(int milliseconds) => Enter(milliseconds);

    public async Task Spin(int turns)
    {
        for (var i = 0; i < turns; i++)
        {
            if (Interlocked.Increment(ref _threadsInside) > 1) Interlocked.Increment(ref _overlaps);
            Thread.SpinWait(5_000);
            Interlocked.Decrement(ref _threadsInside);
            if (i % 3 == 0) await Task.Yield();
            else if (i % 3 == 1) await Task.Delay(1);
            else await Task.Run(() => Thread.SpinWait(50));
            // Back in the activation, something must route the next continuation here too.
            if (SynchronizationContext.Current is null && TaskScheduler.Current == TaskScheduler.Default) Interlocked.Increment(ref _overlaps);
        }
    }

    public Task<int> Overlaps() => Task.FromResult(_overlaps);
}

public sealed class GrainFailureException(string message, int code) : Exception(message)
{
    public int Code { get; } = code;
}

public interface IFaultyGrain : IGrainWithStringKey
{
    Task Fail(string message);
    Task<int> FailAfterAwait(string message);
    ValueTask<int> Ok(int value);
    Task Sleep(int milliseconds);
}

public sealed class FaultyGrain : Grain, IFaultyGrain
{
    public Task Fail(string message) => throw new GrainFailureException(message, 42);

    public async Task<int> FailAfterAwait(string message)
    {
        await Task.Yield();
        throw new ArgumentException(message);
    }

    public ValueTask<int> Ok(int value) => ValueTask.FromResult(value);
    public Task Sleep(int milliseconds) => Task.Delay(milliseconds);
}

public interface IGreetingObserver : IGrainObserver
{
    Task Greet(string text);
}

public interface ITickerGrain : IGrainWithStringKey
{
    Task Start(IGreetingObserver observer, int periodMilliseconds);
    Task<int> Ticks();
    Task Stop();
}

public sealed class TickerGrain : Grain, ITickerGrain
{
    private Orleans.Timers.IGrainTimer? _timer;
    private IGreetingObserver? _observer;
    private int _ticks;
    private int _inside;

    public Task Start(IGreetingObserver observer, int periodMilliseconds)
    {
        _observer = observer;
        _timer = RegisterGrainTimer(async _ =>
        {
            // A tick is a turn: it never overlaps a request or another tick.
            if (++_inside > 1) throw new InvalidOperationException("Tick overlapped another turn.");
            _ticks++;
            await _observer.Greet($"tick {_ticks}");
            _inside--;
        }, TimeSpan.FromMilliseconds(periodMilliseconds), TimeSpan.FromMilliseconds(periodMilliseconds));
        return Task.CompletedTask;
    }

    public Task<int> Ticks() => Task.FromResult(_ticks);

    public Task Stop()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }
}
