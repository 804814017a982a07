using Analytics.Centrality;
using Xunit;

namespace Grains.Tests.Analytics;

public sealed class CentralityTests
{
    [Theory]
    [InlineData("karate")]
    [InlineData("lesmis")]
    [InlineData("florentine")]
    [InlineData("davis")]
    [InlineData("karate_directed")]
    [InlineData("scalefree")]
    public void PageRank_matches_networkx(string name)
    {
        var (expected, personalized) = name switch
        {
            "karate" => (NetworkXReference.Karate.PageRank, NetworkXReference.Karate.PersonalizedPageRank),
            "lesmis" => (NetworkXReference.LesMis.PageRank, NetworkXReference.LesMis.PersonalizedPageRank),
            "florentine" => (NetworkXReference.Florentine.PageRank, NetworkXReference.Florentine.PersonalizedPageRank),
            "davis" => (NetworkXReference.Davis.PageRank, NetworkXReference.Davis.PersonalizedPageRank),
            "karate_directed" => (NetworkXReference.KarateDirected.PageRank, NetworkXReference.KarateDirected.PersonalizedPageRank),
            _ => (NetworkXReference.ScaleFree.PageRank, NetworkXReference.ScaleFree.PersonalizedPageRank),
        };
        var g = PathsTests.ByName(name);
        Approx.All(expected, PageRank.Compute(g), 1e-6, "pagerank");

        // Same personalization vectors as make_reference.py.
        var p = new double[g.NodeCount];
        if (g.IsDirected)
        {
            p[1] = 1; p[2] = 1; p[5] = 2;
        }
        else
        {
            p[0] = 1; p[^1] = 3;
        }
        Approx.All(personalized, PageRank.Compute(g, personalization: p), 1e-6, "personalized");
    }

    [Fact]
    public void PageRank_sends_dangling_mass_where_asked_like_networkx()
    {
        var g = TestGraphs.ScaleFree.Graph;
        var dangling = new double[g.NodeCount];
        dangling[0] = 1;
        dangling[3] = 4;
        Approx.All(NetworkXReference.ScaleFree.PageRankCustomDangling, PageRank.Compute(g, dangling: dangling), 1e-6);
    }

    [Fact]
    public void Weighted_PageRank_matches_networkx()
    {
        Approx.All(NetworkXReference.LesMis.PageRankWeighted, PageRank.Compute(TestGraphs.LesMis.Graph, weighted: true), 1e-6);
        Approx.All(NetworkXReference.ScaleFree.PageRankWeighted, PageRank.Compute(WeightedScaleFree(), weighted: true), 1e-6);
    }

    // The scale-free graph with make_reference.py's arc weights 1 + (7u + 3v) mod 5.
    private static global::Analytics.Graphs.Graph WeightedScaleFree()
    {
        var sf = TestGraphs.ScaleFree.Graph;
        var b = new global::Analytics.Graphs.GraphBuilder(sf.NodeCount);
        for (int u = 0; u < sf.NodeCount; u++)
        {
            foreach (int v in sf.Neighbors(u))
            {
                b.Add(u, v, 1 + (u * 7 + v * 3) % 5);
            }
        }
        return b.BuildDirected();
    }

    [Fact]
    public void PageRank_sums_to_one_and_reports_non_convergence()
    {
        var scores = PageRank.Compute(TestGraphs.ScaleFree.Graph);
        Assert.Equal(1.0, scores.Sum(), 12);
        Assert.Throws<PowerIterationFailedException>(() => PageRank.Compute(TestGraphs.ScaleFree.Graph, maxIterations: 2));
    }

    [Fact]
    public void Parallel_PageRank_is_deterministic()
    {
        var random = new global::Analytics.Sampling.SeededRandom(3);
        var b = new global::Analytics.Graphs.GraphBuilder(30_000);
        for (int i = 0; i < 150_000; i++)
        {
            b.Add(random.NextInt(30_000), random.NextInt(30_000));
        }
        var g = b.BuildDirected();
        Assert.Equal(PageRank.Compute(g), PageRank.Compute(g));
        Assert.Equal(1.0, PageRank.Compute(g).Sum(), 9);
    }

    [Theory]
    [InlineData("karate")]
    [InlineData("lesmis")]
    [InlineData("florentine")]
    [InlineData("davis")]
    [InlineData("karate_directed")]
    [InlineData("scalefree")]
    public void Betweenness_matches_networkx(string name)
    {
        var (normalized, raw) = name switch
        {
            "karate" => (NetworkXReference.Karate.Betweenness, NetworkXReference.Karate.BetweennessRaw),
            "lesmis" => (NetworkXReference.LesMis.Betweenness, NetworkXReference.LesMis.BetweennessRaw),
            "florentine" => (NetworkXReference.Florentine.Betweenness, NetworkXReference.Florentine.BetweennessRaw),
            "davis" => (NetworkXReference.Davis.Betweenness, NetworkXReference.Davis.BetweennessRaw),
            "karate_directed" => (NetworkXReference.KarateDirected.Betweenness, NetworkXReference.KarateDirected.BetweennessRaw),
            _ => (NetworkXReference.ScaleFree.Betweenness, NetworkXReference.ScaleFree.BetweennessRaw),
        };
        var g = PathsTests.ByName(name);
        Approx.All(normalized, Betweenness.Exact(g), 1e-9, "normalized");
        Approx.All(raw, Betweenness.Exact(g, normalized: false), 1e-9, "raw");
    }

    [Fact]
    public void Weighted_betweenness_matches_networkx()
    {
        Approx.All(NetworkXReference.LesMis.BetweennessWeighted, Betweenness.Exact(TestGraphs.LesMis.Graph, weighted: true), 1e-9);

        Approx.All(NetworkXReference.ScaleFree.BetweennessWeighted, Betweenness.Exact(WeightedScaleFree(), weighted: true), 1e-9);
    }

    [Fact]
    public void Sampled_betweenness_is_seeded_and_scaled_by_n_over_k()
    {
        var g = TestGraphs.LesMis.Graph;
        var a = Betweenness.Sampled(g, 20, seed: 42);
        Assert.Equal(a, Betweenness.Sampled(g, 20, seed: 42));
        Assert.NotEqual(a, Betweenness.Sampled(g, 20, seed: 43));
        Approx.All(NetworkXReference.LesMis.Betweenness, Betweenness.Sampled(g, g.NodeCount, seed: 1), 1e-9);

        // A star: only the centre lies between others. With k pivots the leaves' pairs are seen from
        // the sampled leaves only, and scaling by n/k makes the centre's estimate exact whenever the
        // centre is not a pivot.
        var star = TestGraphs.Undirected(6, (0, 1), (0, 2), (0, 3), (0, 4), (0, 5));
        var exact = Betweenness.Exact(star);
        Assert.Equal(1.0, exact[0], 12);
        for (long seed = 0; seed < 20; seed++)
        {
            var s = Betweenness.Sampled(star, 3, seed);
            Assert.True(s[0] is >= 0 and <= 1.0 * 6 / 3 + 1e-12);
            Assert.All(s.Skip(1), v => Assert.Equal(0.0, v));
        }
    }

    [Fact]
    public void Degree_centrality_matches_networkx()
    {
        Approx.All(NetworkXReference.Karate.DegreeCentrality, DegreeCentrality.Compute(TestGraphs.Karate.Graph), 1e-12);
        var sf = TestGraphs.ScaleFree.Graph;
        Approx.All(NetworkXReference.ScaleFree.InDegreeCentrality, DegreeCentrality.Compute(sf, DegreeCentrality.Direction.In), 1e-12);
        Approx.All(NetworkXReference.ScaleFree.OutDegreeCentrality, DegreeCentrality.Compute(sf, DegreeCentrality.Direction.Out), 1e-12);
        Approx.All(NetworkXReference.ScaleFree.DegreeCentrality, DegreeCentrality.Compute(sf), 1e-12);
    }
}
