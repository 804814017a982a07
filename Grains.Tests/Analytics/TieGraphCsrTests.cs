using Analytics.Graphs;
using Xunit;

namespace Grains.Tests.Analytics;

public sealed class TieGraphCsrTests
{
    [Theory]
    [InlineData(1, 50, 400, false)]      // dense: many repeated ties and both directions
    [InlineData(2, 5_000, 20_000, false)] // sparse
    [InlineData(3, 1, 10, false)]        // self-ties only
    [InlineData(1, 50, 400, true)]       // the same in (source, target) order, as edge sets give them
    [InlineData(2, 5_000, 20_000, true)]
    [InlineData(3, 1, 10, true)]
    [InlineData(4, 300_000, 1_100_000, true)] // above the size where the sort by target runs in parallel chunks
    public void Builds_what_the_builder_builds(int seed, int nodes, int records, bool sorted)
    {
        var random = new global::Analytics.Sampling.SeededRandom(seed);
        var sources = new int[records];
        var targets = new int[records];
        var builder = new GraphBuilder(nodes + 3); // trailing nodes without ties
        for (int i = 0; i < records; i++)
        {
            sources[i] = random.NextInt(nodes);
            targets[i] = random.NextInt(nodes);
        }
        if (sorted)
        {
            var keys = sources.Select((u, i) => (long)u << 32 | (uint)targets[i]).Order().ToArray();
            sources = keys.Select(k => (int)(k >> 32)).ToArray();
            targets = keys.Select(k => (int)k).ToArray();
        }
        for (int i = 0; i < records; i++)
        {
            builder.Add(sources[i], targets[i]);
        }
        var expected = builder.BuildTieGraph();
        var actual = TieGraphCsr.Build(nodes + 3, sources, targets);

        Assert.False(actual.IsDirected);
        Assert.Equal(expected.NodeCount, actual.NodeCount);
        Assert.Equal(expected.Offsets.ToArray(), actual.Offsets.ToArray());
        Assert.Equal(expected.Targets.ToArray(), actual.Targets.ToArray());
        Assert.Equal(expected.Weights.ToArray(), actual.Weights.ToArray());
        Assert.Equal(expected.Kinds.ToArray(), actual.Kinds.ToArray());
    }

    [Fact]
    public void Refuses_ids_outside_the_node_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TieGraphCsr.Build(2, [0], [2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => TieGraphCsr.Build(2, [-1], [0]));
        Assert.Throws<ArgumentException>(() => TieGraphCsr.Build(2, [0, 1], [1]));
    }
}
