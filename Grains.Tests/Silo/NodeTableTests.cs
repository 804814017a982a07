using Network.Grains.Common;
using Network.Silo.Projection;

namespace Grains.Tests.Silo;

public sealed class NodeTableTests
{
    [Fact]
    public void Bulk_topics_keep_each_nodes_row_order_and_list_each_topics_nodes_in_node_order()
    {
        var nodes = new NodeTable();
        for (var id = 1L; id <= 6; id++) nodes.Set(id * 10, NodeKind.User, null, null, []);
        nodes.Set(70, NodeKind.Community, null, null, ["rivers"]); // a topic list that holds a node before the bulk rows
        // As a bulk load passes them: in topic order, owners scattered, one string per run of a topic.
        string climate = "climate", rivers = "rivers", water = "water";
        List<int> owner = [4, 0, 2, 5, 1, 4, 3, 2, 0];
        List<string> names = [climate, climate, climate, rivers, rivers, water, water, water, water];
        nodes.SetTopics(owner, names);

        Assert.Equal(["climate", "water"], nodes.Topics(0));
        Assert.Equal(["rivers"], nodes.Topics(1));
        Assert.Equal(["climate", "water"], nodes.Topics(2));
        Assert.Equal(["water"], nodes.Topics(3));
        Assert.Equal(["climate", "water"], nodes.Topics(4));
        Assert.Equal(["rivers"], nodes.Topics(5));
        Assert.Equal(["rivers"], nodes.Topics(6));
        Assert.Equal([0, 2, 4], nodes.WithTopic("climate"));
        Assert.Equal([1, 5, 6], nodes.WithTopic("rivers"));
        Assert.Equal([0, 2, 3, 4], nodes.WithTopic("water"));
        Assert.Same(nodes.Topics(0)[1], nodes.Topics(3)[0]); // one shared string per topic
    }
}
