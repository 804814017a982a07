using Analytics.Similarity;
using Xunit;
using static Analytics.Similarity.NeighbourhoodSimilarity;

namespace Grains.Tests.Analytics;

public sealed class SimilarityTests
{
    [Fact]
    public void Pair_scores_on_the_davis_women_event_graph_match_networkx()
    {
        var g = TestGraphs.Davis.Graph;
        var us = NetworkXReference.Davis.SimilarityPairsU;
        var vs = NetworkXReference.Davis.SimilarityPairsV;
        Assert.Equal(153, us.Length);
        for (int i = 0; i < us.Length; i++)
        {
            Approx.Equal(NetworkXReference.Davis.Jaccard[i], Score(g, us[i], vs[i], Measure.Jaccard), 1e-12, $"jaccard {us[i]},{vs[i]}");
            Approx.Equal(NetworkXReference.Davis.AdamicAdar[i], Score(g, us[i], vs[i], Measure.AdamicAdar), 1e-12, $"adamic-adar {us[i]},{vs[i]}");
            Approx.Equal(NetworkXReference.Davis.ResourceAllocation[i], Score(g, us[i], vs[i], Measure.ResourceAllocation), 1e-12, $"ra {us[i]},{vs[i]}");
        }
    }

    [Theory]
    [InlineData(Measure.Jaccard)]
    [InlineData(Measure.AdamicAdar)]
    [InlineData(Measure.ResourceAllocation)]
    public void Ranking_agrees_with_pair_scores_and_is_ordered(Measure measure)
    {
        var g = TestGraphs.Davis.Graph;
        var ranked = Ranked(g, 0, measure);
        Assert.Equal(17, ranked.Count);                     // every other woman shares an event with woman 0
        for (int i = 0; i < ranked.Count; i++)
        {
            Assert.Equal(Score(g, 0, ranked[i].Node, measure), ranked[i].Score, 12);
            if (i > 0)
            {
                Assert.True(ranked[i - 1].Score >= ranked[i].Score);
            }
        }
        Assert.Equal(5, Ranked(g, 0, measure, limit: 5).Count);
    }

    [Fact]
    public void Members_shared_by_fewer_communities_weigh_more()
    {
        // Communities 0, 1, 2; members 3..6. 0 and 1 share member 3 (in 2 communities);
        // 0 and 2 share member 4, who is in all three.
        var g = TestGraphs.Undirected(7, (0, 3), (1, 3), (0, 4), (1, 4), (2, 4), (2, 5), (1, 6));
        Assert.Equal(1.0 / 2 + 1.0 / 3, Score(g, 0, 1, Measure.ResourceAllocation), 12);
        Assert.Equal(1.0 / 3, Score(g, 0, 2, Measure.ResourceAllocation), 12);
        Assert.Equal(2.0 / 3, Score(g, 0, 1, Measure.Jaccard), 12);
        Assert.Equal(1.0 / Math.Log(2) + 1.0 / Math.Log(3), Score(g, 0, 1, Measure.AdamicAdar), 12);
        Assert.Equal([1, 2], Ranked(g, 0, Measure.ResourceAllocation).Select(s => s.Node));
    }
}
