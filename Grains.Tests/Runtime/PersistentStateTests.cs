using Orleans.Runtime;
using Orleans.Storage;

namespace Grains.Tests.Runtime;

public sealed class PersistentStateTests
{
    [Fact]
    public async Task State_written_by_a_grain_is_read_back_by_its_next_activation()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ICounterGrain>(Guid.NewGuid().ToString());
        Assert.Equal(1, await grain.Increment());
        Assert.Equal(2, await grain.Increment());
        await grain.Deactivate();
        Assert.Equal(3, await grain.Increment());
    }

    [Fact]
    public async Task A_stale_etag_write_throws_and_does_not_overwrite()
    {
        var storage = new MemoryGrainStorage();
        await StaleWriteContract.AssertStaleWriteRejected(storage);
    }
}

/// <summary>The ETag rule every <see cref="IGrainStorage"/> must keep; storage providers' tests call this too.</summary>
public static class StaleWriteContract
{
    public sealed class Row<T> : IGrainState<T> where T : new()
    {
        public T State { get; set; } = new();
        public string? ETag { get; set; }
        public bool RecordExists { get; set; }
    }

    public static async Task AssertStaleWriteRejected(IGrainStorage storage)
    {
        var id = new GrainId("counter", Guid.NewGuid().ToString());
        var first = new Row<CounterState>();
        var second = new Row<CounterState>();
        await storage.ReadStateAsync("counter", id, first);
        await storage.ReadStateAsync("counter", id, second);

        first.State.Value = 1;
        await storage.WriteStateAsync("counter", id, first);

        second.State.Value = 99;
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("counter", id, second));

        var check = new Row<CounterState>();
        await storage.ReadStateAsync("counter", id, check);
        Assert.Equal(1, check.State.Value);
        Assert.Equal(first.ETag, check.ETag);

        // A writer holding the current ETag still succeeds.
        check.State.Value = 2;
        await storage.WriteStateAsync("counter", id, check);
        var again = new Row<CounterState>();
        await storage.ReadStateAsync("counter", id, again);
        Assert.Equal(2, again.State.Value);
    }
}
