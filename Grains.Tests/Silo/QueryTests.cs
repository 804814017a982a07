using Grains.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Common;
using Network.Grains.Communities;
using Network.Grains.Users;
using Network.Silo.Queries;

namespace Grains.Tests.Silo;

/// <summary>The query layer end to end: grains write, the projection tails, queries compute. Expected values are worked out by hand in comments.</summary>
public sealed class QueryTests
{
    private static GraphQueries Queries(GraphSilo silo) => silo.Services.GetRequiredService<GraphQueries>();

    private static async Task<long> Follow(GraphSilo silo, string a, string b) => await silo.Grains.GetGrain<IUserGrain>(a).Follow(b);

    [Fact]
    public async Task Country_echo_chamber_counts_internal_and_external_ties_and_leaves_out_users_without_a_country()
    {
        await using var silo = await GraphSilo.StartAsync("Sqlite");
        var id = new List<string>();
        var ph = new List<string>();
        for (var i = 0; i < 5; i++) id.Add((await silo.Grains.NewUser(country: "ID")).Id);
        for (var i = 0; i < 5; i++) ph.Add((await silo.Grains.NewUser(country: "PH")).Id);
        var stateless = (await silo.Grains.NewUser(country: null)).Id;

        // Internal: a ring in each country (5 + 5). External: 2 ties. The stateless user's ties do not count.
        for (var i = 0; i < 5; i++)
        {
            await Follow(silo, id[i], id[(i + 1) % 5]);
            await Follow(silo, ph[i], ph[(i + 1) % 5]);
        }
        await Follow(silo, id[0], ph[0]);
        await silo.Grains.GetGrain<IUserGrain>(ph[2]).RecordInteraction(id[3], InteractionKind.Reply);
        await Follow(silo, id[1], stateless);
        var last = await Follow(silo, ph[1], id[0]);

        var report = await Queries(silo).EchoChamberAsync(Scope.All, UserAttribute.Country, 0, last, Viewer.Anonymous);

        Assert.Equal(last, report.GraphVersion);
        Assert.Equal(10, report.UserCount);
        Assert.Equal(13, report.TieCount);                       // 10 internal + 3 external
        Assert.Equal((3.0 - 10) / 13, report.EiIndex, 12);       // (E - I) / (E + I)
        var groups = report.Groups.ToDictionary(g => g.Group);
        Assert.Equal((5, 5, 3), (groups["ID"].Size, groups["ID"].InternalTies, groups["ID"].ExternalTies));
        Assert.Equal((5, 5, 3), (groups["PH"].Size, groups["PH"].InternalTies, groups["PH"].ExternalTies));
        Assert.Null(report.NullModel);
        Assert.Null(report.RandomWalkControversy);              // a LEANING figure only
    }

    [Fact]
    public async Task Leaning_assortativity_is_the_pearson_correlation_over_tie_ends()
    {
        await using var silo = await GraphSilo.StartAsync("Sqlite");
        double[] leanings = [-1, -0.8, -0.5, -0.2, 0.1, 0.4, 0.7, 1];
        var users = new List<string>();
        foreach (var l in leanings) users.Add((await silo.Grains.NewUser(leaning: l)).Id);
        (int, int)[] ties = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (0, 2), (5, 7), (1, 6)];
        long last = 0;
        foreach (var (a, b) in ties) last = await Follow(silo, users[a], users[b]);

        var report = await Queries(silo).EchoChamberAsync(Scope.All, UserAttribute.Leaning, 0, last, Viewer.Anonymous);

        // Independent: Pearson over both orientations of every tie.
        var x = ties.SelectMany(t => new[] { leanings[t.Item1], leanings[t.Item2] }).ToArray();
        var y = ties.SelectMany(t => new[] { leanings[t.Item2], leanings[t.Item1] }).ToArray();
        double mx = x.Average(), my = y.Average();
        var expected = x.Zip(y).Sum(p => (p.First - mx) * (p.Second - my)) /
                       Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) * y.Sum(v => (v - my) * (v - my)));
        Assert.Equal(expected, report.Assortativity, 9);
        Assert.NotNull(report.RandomWalkControversy);
        Assert.NotNull(report.NeighborLeaningCorrelation);
    }

    [Fact]
    public async Task A_community_scope_seen_anonymously_counts_only_public_members_and_small_scopes_are_suppressed()
    {
        await using var silo = await GraphSilo.StartAsync("Sqlite");
        var community = (await silo.Grains.NewCommunity("ID")).Id;
        var users = new List<string>();
        for (var i = 0; i < 8; i++) users.Add((await silo.Grains.NewUser(country: i < 4 ? "ID" : "PH")).Id);
        long last = 0;
        for (var i = 0; i < 8; i++)
        {
            last = await silo.Grains.GetGrain<IUserGrain>(users[i]).JoinCommunity(community, i < 6 ? Visibility.Public : Visibility.Private);
            last = await Follow(silo, users[i], users[(i + 1) % 8]);
        }
        var scope = new Scope(CommunityId: long.Parse(community));

        var anonymous = await Queries(silo).EchoChamberAsync(scope, UserAttribute.Country, 0, last, Viewer.Anonymous);
        var member = await Queries(silo).EchoChamberAsync(scope, UserAttribute.Country, 0, last, new Viewer(Visibility.Private));
        Assert.Equal(6, anonymous.UserCount);
        Assert.Equal(8, member.UserCount);
        // Groups under 5 people are not listed: anonymously ID has 4 and PH 2; with private members, PH has 4 still.
        Assert.Empty(anonymous.Groups);

        var strict = new Viewer(Visibility.Public, MinGroupSize: 7);
        var error = await Assert.ThrowsAsync<GraphException>(() => Queries(silo).EchoChamberAsync(scope, UserAttribute.Country, 0, last, strict));
        Assert.Equal(QueryErrorCodes.Suppressed, error.Code);
    }

    [Fact]
    public async Task Identical_queries_at_one_version_compute_once_and_the_null_model_is_reported()
    {
        await using var silo = await GraphSilo.StartAsync("Sqlite");
        var users = new List<string>();
        for (var i = 0; i < 12; i++) users.Add((await silo.Grains.NewUser(country: i % 2 == 0 ? "ID" : "KE")).Id);
        long last = 0;
        for (var i = 0; i < 12; i++)
        {
            last = await Follow(silo, users[i], users[(i + 2) % 12]);
            last = await Follow(silo, users[i], users[(i + 3) % 12]);
        }
        var first = await Queries(silo).EchoChamberAsync(Scope.All, UserAttribute.Country, 20, last, Viewer.Anonymous);
        var second = await Queries(silo).EchoChamberAsync(Scope.All, UserAttribute.Country, 20, last, Viewer.Anonymous);
        Assert.Same(first, second);
        Assert.NotNull(first.NullModel);
        Assert.Equal(20, first.NullModel.Samples);

        var bad = await Assert.ThrowsAsync<GraphException>(() => Queries(silo).EchoChamberAsync(Scope.All, UserAttribute.Country, 5000, null, Viewer.Anonymous));
        Assert.Equal(ErrorCodes.BadUserInput, bad.Code);
    }

    [Fact]
    public async Task A_null_model_of_one_sample_or_beyond_the_swap_budget_is_refused_with_the_samples_allowed()
    {
        await using var silo = await GraphSilo.StartAsync("Sqlite");
        // 110 users, each following the next 50 (mod 110): 5,500 distinct ties, no pair twice (50 < 110 / 2).
        var users = new List<string>();
        for (var i = 0; i < 110; i++) users.Add((await silo.Grains.NewUser(country: i % 2 == 0 ? "ID" : "KE")).Id);
        var versions = await Task.WhenAll(Enumerable.Range(0, 110).Select(async i =>
        {
            long last = 0;
            for (var j = 1; j <= 50; j++) last = await Follow(silo, users[i], users[(i + j) % 110]);
            return last;
        }));
        var version = versions.Max();

        var one = await Assert.ThrowsAsync<GraphException>(() => Queries(silo).EchoChamberAsync(Scope.All, UserAttribute.Country, 1, version, Viewer.Anonymous));
        Assert.Equal((ErrorCodes.BadUserInput, "nullModelSamples"), (one.Code, one.Field));

        // 1,000 samples × 5,500 ties × 10 swaps = 55M > 50M: at most 50M / 55,000 = 909 samples.
        var over = await Assert.ThrowsAsync<GraphException>(() => Queries(silo).EchoChamberAsync(Scope.All, UserAttribute.Country, 1000, version, Viewer.Anonymous));
        Assert.Equal((ErrorCodes.BadUserInput, "nullModelSamples"), (over.Code, over.Field));
        Assert.Contains("at most 909", over.Message);

        var report = await Queries(silo).EchoChamberAsync(Scope.All, UserAttribute.Country, 2, version, Viewer.Anonymous);
        Assert.Equal(5500, report.TieCount);
        Assert.Equal(2, report.NullModel!.Samples);
    }

    [Fact]
    public async Task Centrality_ranks_the_hub_of_a_star_first_and_breaks_ties_by_id()
    {
        await using var silo = await GraphSilo.StartAsync("Sqlite");
        var hub = (await silo.Grains.NewUser()).Id;
        var leaves = new List<string>();
        long last = 0;
        for (var i = 0; i < 6; i++)
        {
            leaves.Add((await silo.Grains.NewUser()).Id);
            await Follow(silo, leaves[i], hub);
            last = await Follow(silo, hub, leaves[i]); // reciprocal, so paths between leaves run through the hub
        }
        foreach (var measure in Enum.GetValues<CentralityMeasure>())
        {
            var ranking = await Queries(silo).CentralityAsync(measure, NodeKind.User, 3, last);
            Assert.Equal(long.Parse(hub), ranking.Nodes[0].NodeId);
            Assert.Equal([1, 2, 3], ranking.Nodes.Select(n => n.Rank));
            // The leaves tie; the smaller id ranks first.
            Assert.True(ranking.Nodes[1].NodeId < ranking.Nodes[2].NodeId);
        }
        var pagerank = await Queries(silo).CentralityAsync(CentralityMeasure.PageRank, NodeKind.User, 100, last);
        Assert.Equal(1.0, pagerank.Nodes.Sum(n => n.Score), 9);
        // No communities: the actor graph is empty, and so is its ranking.
        Assert.Empty((await Queries(silo).CentralityAsync(CentralityMeasure.Degree, NodeKind.Community, 3, last)).Nodes);
    }

    [Fact]
    public async Task Shortest_path_walks_ties_in_either_direction_within_max_hops()
    {
        await using var silo = await GraphSilo.StartAsync("Sqlite");
        var u = new List<string>();
        for (var i = 0; i < 5; i++) u.Add((await silo.Grains.NewUser()).Id);
        await Follow(silo, u[0], u[1]);
        await Follow(silo, u[2], u[1]); // against the direction: ties are undirected
        var last = await silo.Grains.GetGrain<IUserGrain>(u[2]).RecordInteraction(u[3], InteractionKind.Mention);

        var path = await Queries(silo).ShortestPathAsync(long.Parse(u[0]), long.Parse(u[3]), 6, last);
        Assert.Equal(u.Take(4).Select(long.Parse), path.Nodes!);
        Assert.Null((await Queries(silo).ShortestPathAsync(long.Parse(u[0]), long.Parse(u[3]), 2, last)).Nodes);
        Assert.Null((await Queries(silo).ShortestPathAsync(long.Parse(u[0]), long.Parse(u[4]), 6, last)).Nodes);
        var error = await Assert.ThrowsAsync<GraphException>(() => Queries(silo).ShortestPathAsync(long.Parse(u[0]), 12345, 6, last));
        Assert.Equal(ErrorCodes.NotFound, error.Code);
    }

    [Fact]
    public async Task Two_cliques_joined_by_one_tie_are_found_as_two_communities()
    {
        await using var silo = await GraphSilo.StartAsync("Sqlite");
        var a = new List<string>();
        var b = new List<string>();
        for (var i = 0; i < 6; i++) a.Add((await silo.Grains.NewUser()).Id);
        for (var i = 0; i < 6; i++) b.Add((await silo.Grains.NewUser()).Id);
        long last = 0;
        foreach (var clique in new[] { a, b })
            for (var i = 0; i < 6; i++)
                for (var j = i + 1; j < 6; j++)
                    last = await Follow(silo, clique[i], clique[j]);
        last = await Follow(silo, a[0], b[0]);

        var structure = await Queries(silo).CommunityStructureAsync(1.0, last, Viewer.Anonymous);
        Assert.Equal(2, structure.Communities.Count);
        Assert.Equal(a.Select(long.Parse).Order(), structure.Communities.Single(c => c.Members.Contains(long.Parse(a[1]))).Members);
        // Q = sum over the two cliques of [15/31 - (31/62)^2] = 2 (15/31 - 1/4)
        Assert.Equal(2 * (15.0 / 31 - 0.25), structure.Modularity, 9);
    }

    [Fact]
    public async Task The_cross_border_matrix_counts_collaborations_by_country_pair_and_time()
    {
        await using var silo = await GraphSilo.StartAsync("Sqlite");
        var id = (await silo.Grains.NewCommunity("ID")).Id;
        var ph = (await silo.Grains.NewCommunity("PH")).Id;
        var id2 = (await silo.Grains.NewCommunity("ID")).Id;
        var early = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var late = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var grain = silo.Grains.GetGrain<ICommunityGrain>(id);
        await grain.RecordCollaboration(ph, NodeKind.Community, CollaborationKind.JointCampaign, early);
        await grain.RecordCollaboration(ph, NodeKind.Community, CollaborationKind.SharedEvent, late);
        await grain.RecordCollaboration(id2, NodeKind.Community, CollaborationKind.SharedEvent, late); // same country
        var last = (await silo.Grains.GetGrain<ICommunityGrain>(ph).RecordCollaboration(id, NodeKind.Community, CollaborationKind.Fundraising, late)).GraphVersion;

        var all = await Queries(silo).CrossBorderMatrixAsync(null, null, last);
        Assert.Equal([new CountryPair("ID", "PH", 2), new CountryPair("PH", "ID", 1)], all.Pairs);
        var recent = await Queries(silo).CrossBorderMatrixAsync(late, null, last);
        Assert.Equal([new CountryPair("ID", "PH", 1), new CountryPair("PH", "ID", 1)], recent.Pairs);
    }
}
