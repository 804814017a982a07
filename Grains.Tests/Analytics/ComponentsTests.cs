using Analytics.Components;
using Xunit;

namespace Grains.Tests.Analytics;

public sealed class ComponentsTests
{
    [Fact]
    public void Strong_components_match_networkx_on_directed_graphs()
    {
        var (of, count) = StrongComponents.Find(TestGraphs.ScaleFree.Graph);
        Assert.Equal(NetworkXReference.ScaleFree.StrongComponentCount, count);
        Assert.Equal(NetworkXReference.ScaleFree.StrongComponentByMinNode, of);

        (of, count) = StrongComponents.Find(TestGraphs.KarateDirected.Graph);
        Assert.Equal(NetworkXReference.KarateDirected.StrongComponentCount, count);
        Assert.Equal(NetworkXReference.KarateDirected.StrongComponentByMinNode, of);
    }

    [Fact]
    public void Weak_components_match_networkx()
    {
        Assert.Equal(NetworkXReference.ScaleFree.WeakComponentCount, WeakComponents.Find(TestGraphs.ScaleFree.Graph).Count);
        Assert.Equal(NetworkXReference.KarateDirected.WeakComponentCount, WeakComponents.Find(TestGraphs.KarateDirected.Graph).Count);
        Assert.Equal(NetworkXReference.LesMis.ComponentCount, WeakComponents.Find(TestGraphs.LesMis.Graph).Count);
    }

    [Fact]
    public void Weak_components_ignore_direction_and_count_isolated_nodes()
    {
        var g = TestGraphs.Directed(6, (1, 0), (1, 2), (4, 3));
        var (of, count) = WeakComponents.Find(g);
        Assert.Equal(3, count);
        Assert.Equal([0, 0, 0, 1, 1, 2], of);
    }

    [Fact]
    public void Strong_components_of_two_cycles_joined_one_way()
    {
        var g = TestGraphs.Directed(6, (0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 3), (5, 5));
        var (of, count) = StrongComponents.Find(g);
        Assert.Equal(3, count);
        Assert.Equal([0, 0, 0, 1, 1, 2], of);
    }

    [Fact]
    public void Tarjan_handles_a_million_node_path_without_recursion()
    {
        var b = new global::Analytics.Graphs.GraphBuilder(1_000_000);
        for (int i = 0; i + 1 < 1_000_000; i++)
        {
            b.Add(i, i + 1);
        }
        b.Add(999_999, 0);
        var (_, count) = StrongComponents.Find(b.BuildDirected());
        Assert.Equal(1, count);
    }
}
