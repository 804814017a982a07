namespace Grains.Tests.Api.Schema;

/// <summary>
/// The structure fields end to end on a graph small enough to work out by hand (and checked with NetworkX 2.8.8):
/// two follow rings a0→a1→…→a4→a0 and b0→…→b4→b0, joined by a0→b0. Detected groups need at least 5 people
/// (smaller ones are suppressed), hence rings of five.
/// </summary>
public sealed class AnalyticsFieldTests
{
    [Fact]
    public async Task Centrality_community_structure_and_shortest_path_match_the_hand_worked_answers()
    {
        await using var service = await NetworkService.StartAsync();
        var c = service.Client;
        var u = new Dictionary<string, string>();
        foreach (var ring in "ab")
            for (var i = 0; i < 5; i++) u[$"{ring}{i}"] = await c.CreateUser($"user_{ring}{i}");
        long last = 0;
        foreach (var ring in "ab")
            for (var i = 0; i < 5; i++) last = await c.Follow(u[$"{ring}{i}"], u[$"{ring}{(i + 1) % 5}"]);
        last = await c.Follow(u["a0"], u["b0"]);

        var data = await c.DataAsync(
            """
            query($v: Long, $from: ID!, $to: ID!) {
              centrality(measure: DEGREE, first: 3, minVersion: $v) { node { id } score rank }
              communityStructure(minVersion: $v) { graphVersion modularity communities { size members { totalCount nodes { id } } } }
              shortestPath(from: $from, to: $to, minVersion: $v) { id }
              noPath: shortestPath(from: $from, to: $to, maxHops: 4, minVersion: $v) { id }
            }
            """,
            new { v = last, from = u["a2"], to = u["b2"] });

        // Degree centrality of a directed graph (NetworkX): (in + out) / (n − 1). a0 and b0 have 3 ties: 3/9; the rest 2/9.
        var top = data.At("centrality").EnumerateArray().ToList();
        Assert.Equal(new[] { u["a0"], u["b0"] }.Order(), top.Take(2).Select(t => t.At("node.id").GetString()!).Order());
        double[] expected = [3.0 / 9, 3.0 / 9, 2.0 / 9];
        for (var i = 0; i < 3; i++) Assert.Equal(expected[i], top[i].At("score").GetDouble(), 12);
        Assert.Equal([1, 2, 3], top.Select(t => t.At("rank").GetInt32()));

        // The two rings: Q = 2 × (5/11 − (11/22)²) = 9/22, the best split (NetworkX's Louvain finds no better).
        Assert.Equal(last, data.At("communityStructure.graphVersion").GetInt64());
        Assert.Equal(9.0 / 22, data.At("communityStructure.modularity").GetDouble(), 9);
        var groups = data.At("communityStructure.communities").EnumerateArray()
            .Select(g => g.At("members.nodes").EnumerateArray().Select(n => n.At("id").GetString()!).Order().ToList()).ToList();
        Assert.Equal(2, groups.Count);
        Assert.Contains(Enumerable.Range(0, 5).Select(i => u[$"a{i}"]).Order().ToList(), groups);
        Assert.Contains(Enumerable.Range(0, 5).Select(i => u[$"b{i}"]).Order().ToList(), groups);

        // Ties are undirected for paths: a2–a1–a0–b0–b1–b2 (5 hops; around the rings the other way is longer).
        Assert.Equal([u["a2"], u["a1"], u["a0"], u["b0"], u["b1"], u["b2"]], data.At("shortestPath").EnumerateArray().Select(n => n.At("id").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.At("noPath").ValueKind);
    }

    [Fact]
    public async Task Communities_and_movements_rank_on_the_actor_graph_of_collaborations_and_memberships()
    {
        await using var service = await NetworkService.StartAsync();
        var c = service.Client;
        var (c1, c2, c3) = (await c.CreateCommunity("ID"), await c.CreateCommunity("PH"), await c.CreateCommunity("BR"));
        var (m1, m2) = (await c.CreateMovement("ID"), await c.CreateMovement("BR"));
        await c.Mutate("joinMovement", $"communityId: \"{c1}\", movementId: \"{m1}\"");
        await c.Mutate("joinMovement", $"communityId: \"{c2}\", movementId: \"{m1}\"");
        long last = 0;
        foreach (var (from, to) in new[] { (c3, c1), (m2, m1), (c3, c1) }) // the repeat adds no arc
            last = (await c.DataAsync($"mutation {{ recordCollaboration(fromId: \"{from}\", toId: \"{to}\", kind: SHARED_EVENT, occurredAt: \"2026-05-01T00:00:00Z\") {{ graphVersion }} }}"))
                .At("recordCollaboration.graphVersion").GetInt64();

        var data = await c.DataAsync(
            $"{{ communities: centrality(measure: DEGREE, kind: COMMUNITY, minVersion: {last}) {{ node {{ __typename id }} score rank }} " +
            $"movements: centrality(measure: DEGREE, kind: MOVEMENT, minVersion: {last}) {{ node {{ __typename id }} score }} }}");

        // Arcs: c1→m1, c2→m1, c3→c1, m2→m1 over 5 actors; degree centrality (in + out) / 4, as NetworkX's.
        var communities = data.At("communities").EnumerateArray().ToList();
        Assert.All(communities, r => Assert.Equal("Community", r.At("node.__typename").GetString()));
        Assert.Equal(c1, communities[0].At("node.id").GetString());
        Assert.Equal(0.5, communities[0].At("score").GetDouble(), 12);
        Assert.Equal(new[] { c2, c3 }.Order(), communities.Skip(1).Select(r => r.At("node.id").GetString()!).Order());
        Assert.All(communities.Skip(1), r => Assert.Equal(0.25, r.At("score").GetDouble(), 12));
        var movements = data.At("movements").EnumerateArray().ToList();
        Assert.Equal([m1, m2], movements.Select(r => r.At("node.id").GetString()));
        Assert.Equal([0.75, 0.25], movements.Select(r => Math.Round(r.At("score").GetDouble(), 12)));
    }
}
