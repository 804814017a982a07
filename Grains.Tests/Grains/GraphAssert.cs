using Grains.Tests.Silo;
using Network.Grains.Common;

namespace Grains.Tests.Grains;

internal static class GraphAssert
{
    /// <summary>Asserts the call is refused with <paramref name="code"/> and that the event log did not grow.</summary>
    public static async Task<GraphException> RefusedAsync(GraphSilo silo, string code, Func<Task> call)
    {
        var before = await silo.Reader.CountRowsAsync("events");
        var error = await Assert.ThrowsAsync<GraphException>(call);
        Assert.Equal(code, error.Code);
        Assert.Equal(before, await silo.Reader.CountRowsAsync("events"));
        return error;
    }

    /// <summary>The event log holds versions 1..N exactly once each, and the clock stands at N.</summary>
    public static async Task EventLogIsGapFreeAsync(GraphSilo silo)
    {
        var version = await silo.Reader.GetGraphVersionAsync();
        var events = await silo.Reader.ReadEventsAsync(0, int.MaxValue);
        Assert.Equal(Enumerable.Range(1, (int)version).Select(v => (long)v), events.Select(e => e.Version));
    }
}
