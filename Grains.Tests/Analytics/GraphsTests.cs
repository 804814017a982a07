using Analytics.Graphs;
using Xunit;

namespace Grains.Tests.Analytics;

public sealed class GraphsTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(8, 2)]
    [InlineData(3, 4)]
    [InlineData(200, 3)]
    public async Task Chunks_each_run_once_and_no_worker_runs_two_at_once(int chunks, int workers)
    {
        var runs = new int[chunks];
        var busy = new int[workers];
        var overlaps = 0;
        var concurrent = 0;
        var mostAtOnce = 0;
        PoolThreads.EnsureAtLeast(6);
        // Started from a pool thread, as the service's queries are.
        await Task.Run(() => RowBlocks.ForChunks(chunks, workers, (chunk, worker) =>
        {
            Assert.InRange(worker, 0, workers - 1);
            if (Interlocked.Exchange(ref busy[worker], 1) != 0) Interlocked.Increment(ref overlaps);
            var now = Interlocked.Increment(ref concurrent);
            InterlockedMax(ref mostAtOnce, now);
            Interlocked.Increment(ref runs[chunk]);
            Thread.Sleep(1); // long enough for another worker to start a chunk beside this one
            Interlocked.Decrement(ref concurrent);
            Volatile.Write(ref busy[worker], 0);
        }));
        Assert.All(runs, r => Assert.Equal(1, r));
        Assert.Equal(0, overlaps);
        // 200 chunks of a millisecond leave the other workers ample time to start, so this cannot pass by luck.
        if (chunks >= 100 && workers >= 2) Assert.True(mostAtOnce >= 2, "the chunks never ran side by side");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    [Fact]
    public void Builder_sorts_rows_and_merges_parallel_arcs()
    {
        var g = new GraphBuilder()
            .Add(2, 0, 1f, 1).Add(0, 3).Add(0, 1).Add(0, 3, 2f, 2).Add(0, 3, 1f, 4)
            .BuildDirected();

        Assert.Equal(4, g.NodeCount);
        Assert.Equal(3, g.ArcCount);
        Assert.Equal([1, 3], g.Neighbors(0).ToArray());
        Assert.Equal(4f, g.NeighborWeights(0)[1]);              // 1 + 2 + 1
        Assert.Equal((byte)(2 | 4), g.NeighborKinds(0)[1]);     // kinds OR-ed
        Assert.Equal([0], g.Neighbors(2).ToArray());
        Assert.Equal([0], g.InNeighbors(1).ToArray());
        Assert.Equal([0], g.InNeighbors(3).ToArray());
        Assert.Equal([2], g.InNeighbors(0).ToArray());
    }

    [Fact]
    public void Directed_graph_keeps_self_loops_unless_asked()
    {
        var b = new GraphBuilder().Add(0, 0).Add(0, 1);
        Assert.Equal(2, b.BuildDirected().ArcCount);
        Assert.Equal(1, b.BuildDirected(keepSelfLoops: false).ArcCount);
        Assert.Equal(3, b.BuildDirected().Degree(0));               // the loop counts as in- and out-arc, as in NetworkX
    }

    [Fact]
    public void Tie_graph_collapses_repeated_ties_in_either_direction_and_drops_self_ties()
    {
        var g = new GraphBuilder(5)
            .Add(0, 1, 1f, 1)      // follow
            .Add(1, 0, 1f, 1)      // follow back
            .Add(0, 1, 7f, 2)      // interaction: the record's weight is ignored, it counts once
            .Add(2, 2)             // self-tie
            .Add(3, 1)
            .BuildTieGraph();

        Assert.False(g.IsDirected);
        Assert.Equal(5, g.NodeCount);
        Assert.Equal(2, g.EdgeCount);
        Assert.Equal(3f, g.NeighborWeights(0)[0]);
        Assert.Equal(3f, g.NeighborWeights(1)[0]);
        Assert.Equal((byte)3, g.NeighborKinds(1)[0]);
        Assert.Equal(0, g.Degree(2));
        Assert.Equal([0, 3], g.Neighbors(1).ToArray());
        Assert.Equal(1f, g.NeighborWeights(3)[0]);
    }

    [Fact]
    public void Undirected_build_sums_weights_of_both_directions()
    {
        var g = new GraphBuilder().Add(0, 1, 2f).Add(1, 0, 0.5f).BuildUndirected();
        Assert.Equal(1, g.EdgeCount);
        Assert.Equal(2.5f, g.NeighborWeights(0)[0]);
        Assert.Equal(2.5f, g.NeighborWeights(1)[0]);
    }

    [Fact]
    public void Induced_subgraph_renumbers_kept_nodes_and_keeps_only_inner_ties()
    {
        var g = TestGraphs.Undirected(4, (0, 1), (1, 2), (2, 3), (0, 3));
        var sub = GraphViews.Induced(g, [true, false, true, true], out var oldIds);
        Assert.Equal([0, 2, 3], oldIds);
        Assert.Equal(2, sub.EdgeCount);              // 2-3 and 0-3 survive
        Assert.True(sub.HasArc(1, 2));
        Assert.True(sub.HasArc(0, 2));
        Assert.False(sub.HasArc(0, 1));
    }

    [Fact]
    public void Undirected_view_of_directed_graph_merges_reciprocal_arcs()
    {
        var g = TestGraphs.Directed(3, (0, 1), (1, 0), (1, 2), (2, 2));
        var u = GraphViews.ToUndirected(g);
        Assert.Equal(2, u.EdgeCount);
        Assert.Equal(2f, u.NeighborWeights(0)[0]);
    }

    [Fact]
    public void Kind_view_keeps_only_matching_arcs()
    {
        const byte follow = 1, interaction = 2;
        var g = new GraphBuilder(3).Add(0, 1, 1f, follow).Add(1, 2, 1f, interaction).Add(0, 1, 1f, interaction).BuildDirected();
        var follows = GraphViews.WithKinds(g, follow);
        Assert.Equal(1, follows.ArcCount);
        Assert.True(follows.HasArc(0, 1));
        Assert.Equal(2, GraphViews.WithKinds(g, interaction).ArcCount);
        Assert.Equal(0, GraphViews.WithKinds(g, 4).ArcCount);
        var ties = new GraphBuilder(3).Add(0, 1, 1f, follow).Add(2, 1, 1f, interaction).BuildTieGraph();
        Assert.Equal(1, GraphViews.WithKinds(ties, interaction).EdgeCount);
    }

    [Fact]
    public void Algorithms_accept_empty_and_single_node_graphs()
    {
        var empty = new GraphBuilder().BuildUndirected();
        var single = new GraphBuilder(1).BuildDirected();
        foreach (var g in new[] { empty, single })
        {
            Assert.Equal(g.NodeCount, global::Analytics.Centrality.PageRank.Compute(g).Length);
            Assert.Equal(g.NodeCount, global::Analytics.Centrality.Betweenness.Exact(g).Length);
            Assert.Equal(g.NodeCount, global::Analytics.Components.StrongComponents.Find(g).Count);
            Assert.Equal(g.NodeCount, global::Analytics.Components.WeakComponents.Find(g).Count);
            Assert.Equal(g.NodeCount, global::Analytics.Cores.CoreNumber.Compute(g).Length);
            Assert.Equal(0.0, global::Analytics.Clustering.ClusteringCoefficient.Average(g));
            Assert.Equal(g.NodeCount, global::Analytics.Community.Leiden.Detect(g).Length);
            Assert.Equal(g.NodeCount, global::Analytics.Community.LabelPropagation.Detect(g).Length);
        }
        Assert.Equal([1.0], global::Analytics.Centrality.PageRank.Compute(single));
        Assert.Equal([1.0], global::Analytics.Centrality.DegreeCentrality.Compute(single));   // NetworkX's convention
        Assert.True(double.IsNaN(global::Analytics.Metrics.EIIndex.Compute(empty, [])));
    }

    [Fact]
    public void Loaded_karate_matches_networkx_size()
    {
        var g = TestGraphs.Karate.Graph;
        Assert.Equal(NetworkXReference.Karate.NodeCount, g.NodeCount);
        Assert.Equal(NetworkXReference.Karate.EdgeCount, g.EdgeCount);
        Assert.Equal(NetworkXReference.KarateDirected.ArcCount, TestGraphs.KarateDirected.Graph.ArcCount);
        Assert.Equal(NetworkXReference.ScaleFree.ArcCount, TestGraphs.ScaleFree.Graph.ArcCount);
        Assert.Equal(NetworkXReference.LesMis.EdgeCount, TestGraphs.LesMis.Graph.EdgeCount);
    }

    [Fact]
    public void Storage_stays_near_the_per_tie_budget()
    {
        // 200k random ties on 20k nodes: the tie graph's arrays must stay well under 32 bytes per tie.
        var random = new global::Analytics.Sampling.SeededRandom(1);
        var b = new GraphBuilder(20_000);
        for (int i = 0; i < 200_000; i++)
        {
            b.Add(random.NextInt(20_000), random.NextInt(20_000));
        }
        var g = b.BuildTieGraph();
        long bytes = (long)g.Offsets.Length * 4 + g.Targets.Length * 4L + g.Weights.Length * 4L + g.Kinds.Length;
        Assert.True(bytes / (double)g.EdgeCount <= 20, $"{bytes / (double)g.EdgeCount:F1} bytes per tie");
    }
}
