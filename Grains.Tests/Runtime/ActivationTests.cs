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
        await using var silo = await TestSilo.StartAsync(o =>
        {
            // Calls 100 ms apart for well over the collection age; the age leaves room for a busy machine's stalls.
            o.CollectionAge = TimeSpan.FromMilliseconds(1500);
            o.CollectionQuantum = TimeSpan.FromMilliseconds(50);
        });
        var grain = silo.Grains.GetGrain<ICounterGrain>(Guid.NewGuid().ToString());
        var first = await grain.ActivationId();
        for (var i = 0; i < 25; i++)
        {
            await Task.Delay(100);
            Assert.Equal(first, await grain.ActivationId());
        }
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
