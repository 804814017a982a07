using Network.Silo.Projection;

namespace Grains.Tests.Silo;

/// <summary>The bulk load's radix sort gives exactly what a comparison sort of the same keys and payloads gives.</summary>
public sealed class EdgeKeySortTests
{
    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 10)]
    [InlineData(5_000, 100)]           // below the radix threshold
    [InlineData(100_000, 1_000)]       // dense: few nodes, so many keys share a source
    [InlineData(200_000, 1_000_000)]   // a million nodes: 20-bit halves
    [InlineData(50_000, 1 << 30)]      // wide indexes: every digit pass
    public void Sorts_keys_and_payloads_as_a_comparison_sort_does(int count, int nodes)
    {
        var random = new Random(count ^ nodes);
        var distinct = new HashSet<long>();
        while (distinct.Count < count) distinct.Add(EdgeSet.Key(random.Next(nodes), random.Next(nodes)));
        var keys = distinct.ToArray();
        random.Shuffle(keys);
        var payload = keys.Select(k => k * 31 + 7).ToArray();
        var (expectedKeys, expectedPayload) = (keys.ToArray(), payload.ToArray());
        Array.Sort(expectedKeys, expectedPayload);

        EdgeKeySort.Sort(keys, payload, count);

        Assert.Equal(expectedKeys, keys);
        Assert.Equal(expectedPayload, payload);
    }

    [Fact]
    public void Sorts_only_the_first_count_entries()
    {
        var random = new Random(3);
        var keys = Enumerable.Range(0, 40_000).Select(_ => EdgeSet.Key(random.Next(5000), random.Next(5000))).Distinct().ToArray();
        var payload = keys.ToArray();
        var count = keys.Length - 100;
        var tail = keys[count..];

        EdgeKeySort.Sort(keys, payload, count);

        Assert.True(keys.Take(count).SequenceEqual(keys.Take(count).Order()));
        Assert.Equal(tail, keys[count..]);
        Assert.Equal(keys, payload);
    }
}
