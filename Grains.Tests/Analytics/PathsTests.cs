using Analytics.Graphs;
using Analytics.Paths;
using Xunit;

namespace Grains.Tests.Analytics;

public sealed class PathsTests
{
    [Fact]
    public void Bfs_distances_from_zero_match_networkx()
    {
        Assert.Equal(NetworkXReference.Karate.HopsFromZero, BreadthFirstSearch.Run(TestGraphs.Karate.Graph, 0).Distance);
        Assert.Equal(NetworkXReference.LesMis.HopsFromZero, BreadthFirstSearch.Run(TestGraphs.LesMis.Graph, 0).Distance);
        Assert.Equal(NetworkXReference.ScaleFree.HopsFromZero, BreadthFirstSearch.Run(TestGraphs.ScaleFree.Graph, 0).Distance);
        Assert.Equal(NetworkXReference.KarateDirected.HopsFromZero, BreadthFirstSearch.Run(TestGraphs.KarateDirected.Graph, 0).Distance);
    }

    [Theory]
    [InlineData("karate", NetworkXReference.Karate.SumOfAllHops)]
    [InlineData("lesmis", NetworkXReference.LesMis.SumOfAllHops)]
    [InlineData("florentine", NetworkXReference.Florentine.SumOfAllHops)]
    [InlineData("davis", NetworkXReference.Davis.SumOfAllHops)]
    [InlineData("karate_directed", NetworkXReference.KarateDirected.SumOfAllHops)]
    [InlineData("scalefree", NetworkXReference.ScaleFree.SumOfAllHops)]
    public void All_pairs_hop_sum_matches_networkx(string name, int expected)
    {
        var g = ByName(name);
        long sum = 0;
        for (int s = 0; s < g.NodeCount; s++)
        {
            foreach (int d in BreadthFirstSearch.Run(g, s).Distance)
            {
                sum += Math.Max(d, 0);
            }
        }
        Assert.Equal(expected, sum);
    }

    [Fact]
    public void Shortest_path_is_a_real_path_of_networkx_length()
    {
        var g = TestGraphs.LesMis.Graph;
        var path = BreadthFirstSearch.ShortestPath(g, 0, g.NodeCount - 1);
        Assert.NotNull(path);
        Assert.Equal(NetworkXReference.LesMis.HopsZeroToLast + 1, path.Length);
        Assert.Equal(0, path[0]);
        Assert.Equal(g.NodeCount - 1, path[^1]);
        for (int i = 0; i + 1 < path.Length; i++)
        {
            Assert.True(g.HasArc(path[i], path[i + 1]));
        }
        Assert.Equal(path, BreadthFirstSearch.Run(g, 0).PathTo(g.NodeCount - 1));
    }

    [Fact]
    public void Max_hops_bounds_the_search()
    {
        var line = TestGraphs.Undirected(5, (0, 1), (1, 2), (2, 3), (3, 4));
        Assert.Null(BreadthFirstSearch.ShortestPath(line, 0, 4, maxHops: 3));
        Assert.Equal([0, 1, 2, 3, 4], BreadthFirstSearch.ShortestPath(line, 0, 4, maxHops: 4) ?? []);
        Assert.Equal([0, 1, 2, -1, -1], BreadthFirstSearch.Run(line, 0, maxHops: 2).Distance);
        Assert.Equal([0], BreadthFirstSearch.ShortestPath(line, 0, 0, maxHops: 0) ?? []);
    }

    [Fact]
    public void Bfs_follows_arc_direction()
    {
        var g = TestGraphs.Directed(3, (0, 1), (2, 1));
        Assert.Null(BreadthFirstSearch.ShortestPath(g, 0, 2));
        Assert.Null(BreadthFirstSearch.Run(g, 1).PathTo(0));
        // Backwards: both 0 and 2 reach 1 in one hop.
        Assert.Equal([1, 0, 1], BreadthFirstSearch.Run(g, 1, reverse: true).Distance);
    }

    [Fact]
    public void Reverse_bfs_gives_distances_to_the_source()
    {
        var g = TestGraphs.ScaleFree.Graph;
        var to5 = BreadthFirstSearch.Run(g, 5, reverse: true).Distance;
        for (int s = 0; s < g.NodeCount; s++)
        {
            Assert.Equal(BreadthFirstSearch.Run(g, s).Distance[5], to5[s]);
        }
    }

    [Fact]
    public void Dijkstra_distances_match_networkx_on_weighted_les_miserables()
    {
        var (distance, parent) = Dijkstra.Run(TestGraphs.LesMis.Graph, 0);
        Approx.All(NetworkXReference.LesMis.WeightedDistanceFromZero, distance, 1e-9, "distance");
        Assert.Equal(-1, parent[0]);
    }

    [Fact]
    public void Dijkstra_prefers_the_lighter_detour()
    {
        var g = new GraphBuilder().Add(0, 1, 10f).Add(0, 2, 1f).Add(2, 1, 2f).Add(1, 3, 1f).BuildDirected();
        Assert.Equal([0, 2, 1, 3], Dijkstra.ShortestPath(g, 0, 3) ?? []);
        Assert.Equal(4, Dijkstra.Run(g, 0).Distance[3]);
        Assert.Null(Dijkstra.ShortestPath(g, 3, 0));

        // A cutoff leaves further nodes unreached, like NetworkX's cutoff.
        var (bounded, parent) = Dijkstra.Run(g, 0, maxDistance: 3);
        Assert.Equal([0, 3, 1, double.PositiveInfinity], bounded);
        Assert.Equal(-1, parent[3]);
    }

    internal static Graph ByName(string name) => name switch
    {
        "karate" => TestGraphs.Karate.Graph,
        "lesmis" => TestGraphs.LesMis.Graph,
        "florentine" => TestGraphs.Florentine.Graph,
        "davis" => TestGraphs.Davis.Graph,
        "karate_directed" => TestGraphs.KarateDirected.Graph,
        "scalefree" => TestGraphs.ScaleFree.Graph,
        _ => throw new ArgumentException(name),
    };
}
