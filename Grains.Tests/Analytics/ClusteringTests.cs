using Analytics.Clustering;
using Xunit;

namespace Grains.Tests.Analytics;

public sealed class ClusteringTests
{
    [Theory]
    [InlineData("karate")]
    [InlineData("lesmis")]
    [InlineData("florentine")]
    [InlineData("davis")]
    public void Clustering_matches_networkx(string name)
    {
        var (local, average) = name switch
        {
            "karate" => (NetworkXReference.Karate.Clustering, NetworkXReference.Karate.AverageClustering),
            "lesmis" => (NetworkXReference.LesMis.Clustering, NetworkXReference.LesMis.AverageClustering),
            "florentine" => (NetworkXReference.Florentine.Clustering, NetworkXReference.Florentine.AverageClustering),
            _ => (NetworkXReference.Davis.Clustering, NetworkXReference.Davis.AverageClustering),
        };
        var g = PathsTests.ByName(name);
        Approx.All(local, ClusteringCoefficient.Local(g), 1e-9);
        Approx.Equal(average, ClusteringCoefficient.Average(g), 1e-9);
    }

    [Fact]
    public void Triangle_with_pendant()
    {
        var g = TestGraphs.Undirected(4, (0, 1), (1, 2), (0, 2), (2, 3));
        Assert.Equal([1.0, 1.0, 1.0 / 3.0, 0.0], ClusteringCoefficient.Local(g));
    }
}
