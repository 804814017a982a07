using Orleans.Runtime;

namespace Grains.Tests.Runtime;

public sealed class ActivationTests
{
    [Fact]
    public async Task Concurrent_first_calls_meet_a_single_activation()
    {
        await using var silo = await TestSilo.StartAsync();
        var key = Guid.NewGuid().ToString();

        using var start = new ManualResetEventSlim();
        var calls = Enumerable.Range(0, 1000).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await silo.Grains.GetGrain<ICounterGrain>(key).ActivationId();
        })).ToArray();
        start.Set();
        var ids = await Task.WhenAll(calls);

        Assert.Single(ids.Distinct());
        Assert.Equal(1, CounterGrain.Constructions[key]);
    }

    [Fact]
    public async Task Different_keys_get_different_activations()
    {
        await using var silo = await TestSilo.StartAsync();
        var a = await silo.Grains.GetGrain<ICounterGrain>(Guid.NewGuid().ToString()).ActivationId();
        var b = await silo.Grains.GetGrain<ICounterGrain>(Guid.NewGuid().ToString()).ActivationId();
        Assert.NotEqual(a, b);
    }

    [Fact]
    public async Task Idle_activation_is_collected_and_the_next_call_reloads_state_from_storage()
    {
        await using var silo = await TestSilo.StartAsync(o =>
        {
            o.CollectionAge = TimeSpan.FromMilliseconds(300);
            o.CollectionQuantum = TimeSpan.FromMilliseconds(100);
        });
        var key = Guid.NewGuid().ToString();
        var grain = silo.Grains.GetGrain<ICounterGrain>(key);
        await grain.Increment();
        await grain.Increment();
        var first = await grain.ActivationId();

        await WaitUntil(() => CounterGrain.Deactivations.Contains((key, DeactivationReasonCode.ActivationIdle)));

        Assert.NotEqual(first, await grain.ActivationId());
        Assert.Equal(2, await grain.Get());
        Assert.Equal(2, CounterGrain.Constructions[key]);
    }

    [Fact]
    public async Task Busy_activation_is_not_collected()
    {
        var age = TimeSpan.FromMilliseconds(1500);
        await using var silo = await TestSilo.StartAsync(o =>
        {
            o.CollectionAge = age;
            o.CollectionQuantum = TimeSpan.FromMilliseconds(50);
        });
        var grain = silo.Grains.GetGrain<ICounterGrain>(Guid.NewGuid().ToString());
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var sent = clock.Elapsed;
        var first = await grain.ActivationId();
        // Calls 100 ms apart. The activation can have been idle at most from the previous call's sending to this call's
        // answer; only where that stays under the age must it be the same one. A machine that stalls longer than the
        // age (a CI box running other tests on both cores) makes collecting right, and that call starts the count anew.
        var checkedCalls = 0;
        for (var attempt = 0; attempt < 100 && checkedCalls < 20; attempt++)
        {
            await Task.Delay(100);
            var previousSent = sent;
            sent = clock.Elapsed;
            var id = await grain.ActivationId();
            if (clock.Elapsed - previousSent >= age)
            {
                first = id;
                continue;
            }
            Assert.Equal(first, id);
            checkedCalls++;
        }
        Assert.Equal(20, checkedCalls);
    }

    [Fact]
    public async Task DeactivateOnIdle_makes_the_next_call_use_a_fresh_activation_with_stored_state()
    {
        await using var silo = await TestSilo.StartAsync();
        var key = Guid.NewGuid().ToString();
        var grain = silo.Grains.GetGrain<ICounterGrain>(key);
        await grain.Increment();
        var first = await grain.ActivationId();

        await grain.Deactivate();

        Assert.NotEqual(first, await grain.ActivationId());
        Assert.Equal(1, await grain.Get());
        Assert.Contains((key, DeactivationReasonCode.ApplicationRequested), CounterGrain.Deactivations);
    }

    [Fact]
    public async Task Shutdown_deactivates_every_activation()
    {
        var silo = await TestSilo.StartAsync();
        var key = Guid.NewGuid().ToString();
        await silo.Grains.GetGrain<ICounterGrain>(key).Get();
        await silo.DisposeAsync();
        Assert.Contains((key, DeactivationReasonCode.ShuttingDown), CounterGrain.Deactivations);
    }

    internal static async Task WaitUntil(Func<bool> condition, int timeoutMilliseconds = 5000)
    {
        var deadline = Environment.TickCount64 + timeoutMilliseconds;
        while (!condition())
        {
            if (Environment.TickCount64 > deadline) throw new TimeoutException("Condition not met in time.");
            await Task.Delay(20);
        }
    }
}
