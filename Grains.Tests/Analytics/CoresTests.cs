using Analytics.Cores;
using Xunit;

namespace Grains.Tests.Analytics;

public sealed class CoresTests
{
    [Theory]
    [InlineData("karate")]
    [InlineData("lesmis")]
    [InlineData("florentine")]
    [InlineData("davis")]
    public void Core_numbers_match_networkx(string name)
    {
        int[] expected = name switch
        {
            "karate" => NetworkXReference.Karate.CoreNumber,
            "lesmis" => NetworkXReference.LesMis.CoreNumber,
            "florentine" => NetworkXReference.Florentine.CoreNumber,
            _ => NetworkXReference.Davis.CoreNumber,
        };
        Assert.Equal(expected, CoreNumber.Compute(PathsTests.ByName(name)));
    }

    [Fact]
    public void Directed_core_numbers_use_in_plus_out_degree_like_networkx()
    {
        Assert.Equal(NetworkXReference.KarateDirected.CoreNumber, CoreNumber.Compute(TestGraphs.KarateDirected.Graph));
        Assert.Throws<ArgumentException>(() => CoreNumber.Compute(TestGraphs.ScaleFree.Graph));   // has self-loops
    }

    [Fact]
    public void Clique_with_tail_has_clique_core()
    {
        // K4 on 0..3 plus the path 3-4-5 and an isolated node 6.
        var g = TestGraphs.Undirected(7, (0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (3, 4), (4, 5));
        Assert.Equal([3, 3, 3, 3, 1, 1, 0], CoreNumber.Compute(g));
    }
}
