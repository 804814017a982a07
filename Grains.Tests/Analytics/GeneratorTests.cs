using Analytics.Generation;
using Analytics.Graphs;
using Analytics.Metrics;

namespace Grains.Tests.Analytics;

public sealed class GeneratorTests
{
    private static readonly GeneratedNetwork Network = SocialNetworkGenerator.Generate(new GeneratorOptions(Seed: 42, Ties: 40_000));

    [Fact]
    public void The_same_seed_gives_the_same_network_and_another_seed_another()
    {
        var again = SocialNetworkGenerator.Generate(new GeneratorOptions(Seed: 42, Ties: 40_000));
        Assert.Equal(Network.TieSource, again.TieSource);
        Assert.Equal(Network.TieTarget, again.TieTarget);
        Assert.Equal(Network.MemberUser, again.MemberUser);
        Assert.Equal(Network.CollaborationTo, again.CollaborationTo);
        var other = SocialNetworkGenerator.Generate(new GeneratorOptions(Seed: 43, Ties: 40_000));
        Assert.NotEqual(Network.TieSource, other.TieSource);
    }

    [Fact]
    public void Sizes_follow_the_tie_count_and_no_tie_is_a_self_tie()
    {
        Assert.Equal(40_000, Network.TieCount);
        Assert.Equal(4_000, Network.UserCount);
        Assert.Equal(20, Network.CommunityKind.Length);
        Assert.Equal(2, Network.MovementCountry.Length);
        Assert.All(Enumerable.Range(0, Network.TieCount), t => Assert.NotEqual(Network.TieSource[t], Network.TieTarget[t]));
        Assert.InRange(Network.TieKind.Count(k => k == GeneratedNetwork.Interaction) / (double)Network.TieCount, 0.27, 0.33);
    }

    [Fact]
    public void Degrees_are_heavy_tailed()
    {
        var degree = new int[Network.UserCount];
        for (var t = 0; t < Network.TieCount; t++)
        {
            degree[Network.TieSource[t]]++;
            degree[Network.TieTarget[t]]++;
        }
        var mean = degree.Average();
        // A Poisson graph with mean 20 practically never reaches 60; a Pareto-weighted one has hubs far beyond.
        Assert.True(degree.Max() > 10 * mean, $"max degree {degree.Max()} against mean {mean}");
    }

    [Fact]
    public void Ties_are_homophilous_by_country_and_by_leaning()
    {
        var sameCountry = 0;
        var bothCountries = 0;
        for (var t = 0; t < Network.TieCount; t++)
        {
            var a = Network.UserCountry[Network.TieSource[t]];
            var b = Network.UserCountry[Network.TieTarget[t]];
            if (a < 0 || b < 0) continue;
            bothCountries++;
            if (a == b) sameCountry++;
        }
        // Drawn blind to country, ties would stay inside a country with probability Σ share², about 0.11 here.
        Assert.True(sameCountry / (double)bothCountries > 0.5);

        var builder = new GraphBuilder(Network.UserCount);
        for (var t = 0; t < Network.TieCount; t++) builder.Add(Network.TieSource[t], Network.TieTarget[t]);
        var ties = builder.BuildTieGraph();
        var leaning = Network.UserLeaning.Select(l => (double)l).ToArray();
        Assert.True(Assortativity.Numeric(ties, leaning) > 0.3);
        Assert.InRange(leaning.Count(double.IsNaN) / (double)leaning.Length, 0.07, 0.13);
    }

    [Fact]
    public void About_a_third_of_collaborations_cross_borders_and_memberships_mix_visibilities()
    {
        var cross = Enumerable.Range(0, Network.CollaborationKind.Length).Count(i =>
            Network.ActorCountry(Network.CollaborationFromKind[i], Network.CollaborationFrom[i]) !=
            Network.ActorCountry(Network.CollaborationToKind[i], Network.CollaborationTo[i]));
        Assert.InRange(cross / (double)Network.CollaborationKind.Length, 0.15, 0.55);
        Assert.Contains((byte)2, Network.MemberVisibility);
        Assert.InRange(Network.MemberVisibility.Count(v => v == 0) / (double)Network.MemberVisibility.Length, 0.7, 0.9);
        Assert.All(Network.CollaborationDaysAgo, d => Assert.InRange(d, (short)0, (short)1094));
    }

    [Fact]
    public void The_alias_table_draws_in_proportion_to_the_weights()
    {
        var table = new AliasTable([10, 20, 30], [1, 2, 7]);
        var random = new global::Analytics.Sampling.SeededRandom(5);
        var counts = new Dictionary<int, int> { [10] = 0, [20] = 0, [30] = 0 };
        for (var i = 0; i < 100_000; i++) counts[table.Next(random)]++;
        Assert.InRange(counts[10] / 100_000.0, 0.09, 0.11);
        Assert.InRange(counts[20] / 100_000.0, 0.19, 0.21);
        Assert.InRange(counts[30] / 100_000.0, 0.69, 0.71);
        Assert.Throws<ArgumentException>(() => new AliasTable([1], [0]));
    }
}
