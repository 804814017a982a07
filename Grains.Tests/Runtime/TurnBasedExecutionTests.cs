namespace Grains.Tests.Runtime;

/// <summary>One request at a time unless the class or method says otherwise (Orleans' reentrancy rules).</summary>
public sealed class TurnBasedExecutionTests
{
    [Fact]
    public async Task Requests_to_a_plain_grain_never_interleave()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IConcurrencyProbeGrain>(Guid.NewGuid().ToString());
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => grain.Work(20)));
        Assert.Equal(1, await grain.MaxInside());
    }

    [Fact]
    public async Task A_reentrant_grain_interleaves_requests_at_awaits()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IReentrantProbeGrain>(Guid.NewGuid().ToString());
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => grain.Work(100)));
        Assert.True(await grain.MaxInside() > 1);
    }

    [Fact]
    public async Task Interleaved_requests_still_run_one_thread_at_a_time_after_every_kind_of_await()
    {
        // Calls that start inline on the caller's thread and calls that queue both must bring their continuations
        // back to the activation (Task.Yield, a timer's Task.Delay, a thread-pool Task.Run).
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IReentrantProbeGrain>(Guid.NewGuid().ToString());
        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            await Task.Delay(i); // staggered, so that many calls find the activation idle and start inline
            await grain.Spin(30);
        })));
        Assert.Equal(0, await grain.Overlaps());
    }

    [Fact]
    public async Task ReadOnly_requests_interleave_with_each_other()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IConcurrencyProbeGrain>(Guid.NewGuid().ToString());
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => grain.Read(100)));
        Assert.True(await grain.MaxInside() > 1);
    }

    [Fact]
    public async Task ReadOnly_requests_do_not_interleave_with_a_writer()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IConcurrencyProbeGrain>(Guid.NewGuid().ToString());
        var writer = grain.Work(150);
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => grain.Read(20)).Append(writer));
        // Readers may overlap each other after the writer, never the writer; so the peak is reached only by readers.
        var writerAlone = silo.Grains.GetGrain<IConcurrencyProbeGrain>(Guid.NewGuid().ToString());
        await Task.WhenAll(writerAlone.Work(100), writerAlone.Read(10));
        Assert.Equal(1, await writerAlone.MaxInside());
    }

    [Fact]
    public async Task AlwaysInterleave_runs_even_while_a_request_is_inside()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IConcurrencyProbeGrain>(Guid.NewGuid().ToString());
        var slow = grain.Work(300);
        await Task.Delay(50);
        var started = Environment.TickCount64;
        await grain.Interleaved(10);
        Assert.True(Environment.TickCount64 - started < 250, "the interleaving call waited for the running request");
        await slow;
        Assert.Equal(2, await grain.MaxInside());
    }

    [Fact]
    public async Task A_timer_tick_is_a_turn_and_can_call_an_observer()
    {
        await using var silo = await TestSilo.StartAsync();
        var observer = new RecordingObserver();
        var reference = silo.Grains.CreateObjectReference<IGreetingObserver>(observer);
        var grain = silo.Grains.GetGrain<ITickerGrain>(Guid.NewGuid().ToString());

        await grain.Start(reference, 20);
        await ActivationTests.WaitUntil(() => observer.Received.Count >= 3);
        await grain.Stop();
        var ticks = await grain.Ticks();
        await Task.Delay(100);

        Assert.Equal(ticks, await grain.Ticks());
        Assert.Equal("tick 1", observer.Received.First());
    }

    [Fact]
    public async Task A_deleted_observer_reference_fails_the_caller()
    {
        await using var silo = await TestSilo.StartAsync();
        var observer = new RecordingObserver();
        var reference = silo.Grains.CreateObjectReference<IGreetingObserver>(observer);
        await reference.Greet("hello");
        silo.Grains.DeleteObjectReference<IGreetingObserver>(observer);
        await Assert.ThrowsAsync<Orleans.Hosting.ObserverNotFoundException>(() => reference.Greet("again"));
        Assert.Equal(["hello"], observer.Received);
    }

    private sealed class RecordingObserver : IGreetingObserver
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Received { get; } = new();

        public Task Greet(string text)
        {
            Received.Enqueue(text);
            return Task.CompletedTask;
        }
    }
}
