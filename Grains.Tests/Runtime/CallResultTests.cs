namespace Grains.Tests.Runtime;

public sealed class CallResultTests
{
    [Fact]
    public async Task A_grain_exception_reaches_the_caller_with_its_type_and_message()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IFaultyGrain>("f");

        var e = await Assert.ThrowsAsync<GrainFailureException>(() => grain.Fail("no such community"));
        Assert.Equal("no such community", e.Message);
        Assert.Equal(42, e.Code);

        var late = await Assert.ThrowsAsync<ArgumentException>(() => grain.FailAfterAwait("bad handle"));
        Assert.Equal("bad handle", late.Message);
    }

    [Fact]
    public async Task The_activation_survives_a_failed_call()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IFaultyGrain>("g");
        await Assert.ThrowsAsync<GrainFailureException>(() => grain.Fail("x"));
        Assert.Equal(7, await grain.Ok(7));
    }

    [Fact]
    public async Task A_call_exceeding_the_response_timeout_fails_with_a_timeout()
    {
        await using var silo = await TestSilo.StartAsync(o => o.ResponseTimeout = TimeSpan.FromMilliseconds(200));
        var grain = silo.Grains.GetGrain<IFaultyGrain>("slow");

        var started = Environment.TickCount64;
        var e = await Assert.ThrowsAsync<TimeoutException>(() => grain.Sleep(3000));
        Assert.True(Environment.TickCount64 - started < 2500);
        Assert.Contains("IFaultyGrain.Sleep", e.Message);
    }

    [Fact]
    public async Task A_call_within_the_timeout_succeeds()
    {
        await using var silo = await TestSilo.StartAsync(o => o.ResponseTimeout = TimeSpan.FromSeconds(5));
        await silo.Grains.GetGrain<IFaultyGrain>("quick").Sleep(50);
    }
}
