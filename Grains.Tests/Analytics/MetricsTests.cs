using Analytics.Graphs;
using Analytics.Metrics;
using Xunit;

namespace Grains.Tests.Analytics;

public sealed class MetricsTests
{
    public static TheoryData<string> Undirected => ["karate", "lesmis", "florentine", "davis"];

    private static (TestGraphs.Loaded Data, Func<string, double> Const, Func<string, double[]> Array) Reference(string name)
    {
        var data = name switch
        {
            "karate" => TestGraphs.Karate,
            "lesmis" => TestGraphs.LesMis,
            "florentine" => TestGraphs.Florentine,
            _ => TestGraphs.Davis,
        };
        var type = typeof(NetworkXReference).GetNestedType(name switch
        {
            "karate" => "Karate",
            "lesmis" => "LesMis",
            "florentine" => "Florentine",
            _ => "Davis",
        }, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public)!;
        double Const(string field) => Convert.ToDouble(type.GetField(field)!.GetValue(null));
        double[] Array(string field) => (double[])type.GetField(field)!.GetValue(null)!;
        return (data, Const, Array);
    }

    [Theory]
    [MemberData(nameof(Undirected))]
    public void EI_index_matches_the_python_reference(string name)
    {
        var (d, c, _) = Reference(name);
        Approx.Equal(c("EIIndex"), EIIndex.Compute(d.Graph, d.Group), 1e-12);
    }

    [Theory]
    [MemberData(nameof(Undirected))]
    public void Group_modularity_matches_networkx_on_the_grouped_subgraph(string name)
    {
        var (d, c, _) = Reference(name);
        Approx.Equal(c("GroupModularity"), GroupModularity.Compute(d.Graph, d.Group), 1e-9);
        Approx.Equal(c("GroupModularityHalfResolution"), GroupModularity.Compute(d.Graph, d.Group, 0.5), 1e-9);
    }

    [Fact]
    public void Group_modularity_ignores_tie_weights()
    {
        // The tie graph's weights count repeated ties; DESIGN.md's modularity uses unit ties.
        var heavy = new GraphBuilder(4).Add(0, 1).Add(0, 1).Add(0, 1).Add(1, 2).Add(2, 3).BuildTieGraph();
        var unit = TestGraphs.Undirected(4, (0, 1), (1, 2), (2, 3));
        Assert.Equal(GroupModularity.Compute(unit, [0, 0, 1, 1]), GroupModularity.Compute(heavy, [0, 0, 1, 1]), 12);
    }

    [Theory]
    [MemberData(nameof(Undirected))]
    public void Categorical_assortativity_matches_networkx(string name)
    {
        var (d, c, _) = Reference(name);
        Approx.Equal(c("GroupAssortativity"), Assortativity.Categorical(d.Graph, d.Group), 1e-9);
    }

    [Theory]
    [InlineData("karate")]
    [InlineData("lesmis")]
    [InlineData("florentine")]
    public void Leaning_figures_from_neighbour_sums_match_the_references_and_the_tie_passes(string name)
    {
        var (d, c, _) = Reference(name);
        var sums = NeighbourSums.Compute(d.Graph, d.Leaning);
        Approx.Equal(c("LeaningAssortativity"), Assortativity.Numeric(sums), 1e-9);
        Approx.Equal(Assortativity.Numeric(d.Graph, d.Leaning), Assortativity.Numeric(sums), 1e-12);
        var (r, users) = NeighbourLeaning.Correlation(sums);
        Approx.Equal(c("NeighbourLeaningCorrelation"), r, 1e-12);
        Assert.Equal((int)c("NeighbourLeaningUsers"), users);
        Assert.Equal(NeighbourLeaning.Correlation(d.Graph, d.Leaning), (r, users));
    }

    [Fact]
    public void Neighbour_sums_leave_out_nodes_without_a_value_and_are_the_same_in_parallel_blocks()
    {
        var g = TestGraphs.Undirected(4, (0, 1), (1, 2), (2, 3), (0, 3));
        var sums = NeighbourSums.Compute(g, [0.5, double.NaN, -0.25, 1]);
        // The 4-cycle 0-1-2-3-0; node 1 has no value, so 0 and 2 see only 3, and 3 sees 0 and 2.
        Assert.Equal([1, 0, 1, 2], sums.Count.ToArray());
        Assert.Equal([1, 0, 1, 0.25], sums.Sum.ToArray());
        Assert.Equal([0, 0, 0, 1], sums.Negative.ToArray());
        Assert.Equal([1, 0, 1, 1], sums.Positive.ToArray());
        Assert.True(double.IsNaN(Assortativity.Numeric(NeighbourSums.Compute(g, [0.5, 0.5, 0.5, 0.5]))));

        // Above the parallel threshold the per-node sums are the one-pass ones, bit for bit.
        var network = global::Analytics.Generation.SocialNetworkGenerator.Generate(new global::Analytics.Generation.GeneratorOptions(Seed: 5, Ties: 600_000));
        var big = TieGraphCsr.Build(network.UserCount, network.TieSource, network.TieTarget);
        var leaning = network.UserLeaning.Select(l => (double)l).ToArray();
        var parallel = NeighbourSums.Compute(big, leaning);
        Assert.Equal(NeighbourLeaning.Correlation(big, leaning), NeighbourLeaning.Correlation(parallel));
        Approx.Equal(Assortativity.Numeric(big, leaning), Assortativity.Numeric(parallel), 1e-12);
    }

    [Theory]
    [InlineData("karate")]
    [InlineData("lesmis")]
    [InlineData("florentine")]
    public void Numeric_assortativity_matches_networkx(string name)
    {
        var (d, c, _) = Reference(name);
        Approx.Equal(c("LeaningAssortativity"), Assortativity.Numeric(d.Graph, d.Leaning), 1e-9);
    }

    [Theory]
    [MemberData(nameof(Undirected))]
    public void Degree_assortativity_matches_networkx(string name)
    {
        var (d, c, _) = Reference(name);
        Approx.Equal(c("DegreeAssortativity"), Assortativity.Degree(d.Graph), 1e-9);
    }

    [Fact]
    public void Directed_degree_assortativity_matches_networkx()
    {
        Approx.Equal(NetworkXReference.ScaleFree.DegreeAssortativity, Assortativity.Degree(TestGraphs.ScaleFree.Graph), 1e-9);
        Approx.Equal(NetworkXReference.KarateDirected.DegreeAssortativity, Assortativity.Degree(TestGraphs.KarateDirected.Graph), 1e-9);
    }

    [Theory]
    [MemberData(nameof(Undirected))]
    public void Figures_read_off_the_mixing_matrix_match_the_python_reference_and_the_graph_passes_bit_for_bit(string name)
    {
        var (d, c, a) = Reference(name);
        var m = MixingMatrix.Compute(d.Graph, d.Group);
        Approx.Equal(c("EIIndex"), EIIndex.Compute(m), 1e-12);
        Approx.Equal(c("GroupModularity"), GroupModularity.Compute(m), 1e-9);
        Approx.Equal(c("GroupModularityHalfResolution"), GroupModularity.Compute(m, 0.5), 1e-9);
        Approx.Equal(c("GroupAssortativity"), Assortativity.Categorical(m), 1e-9);
        Approx.All(a("Coleman"), ColemanHomophily.PerGroup(m), 1e-12);
        // The echo report reads these off the matrix; the graph passes are the ones pinned above, so they must agree exactly.
        Assert.Equal(EIIndex.Count(d.Graph, d.Group), EIIndex.Count(m));
        Assert.Equal(GroupModularity.Compute(d.Graph, d.Group), GroupModularity.Compute(m));
        Assert.Equal(GroupModularity.Compute(d.Graph, d.Group, 0.5), GroupModularity.Compute(m, 0.5));
        Assert.Equal(Assortativity.Categorical(d.Graph, d.Group), Assortativity.Categorical(m));
        Assert.Equal(ColemanHomophily.PerGroup(d.Graph, d.Group), ColemanHomophily.PerGroup(m));
    }

    [Fact]
    public void Mixing_matrix_counts_tie_ends_between_grouped_users()
    {
        // Path 0-1-2-3, groups A A B B, node 4 ungrouped and tied to everyone.
        var g = TestGraphs.Undirected(5, (0, 1), (1, 2), (2, 3), (4, 0), (4, 1), (4, 2), (4, 3));
        var m = MixingMatrix.Compute(g, [0, 0, 1, 1, -1]);
        Assert.Equal(2, m.Groups);
        Assert.Equal(4, m.Users);
        Assert.Equal((2L, 1L, 1L, 2L), (m.Arcs(0, 0), m.Arcs(0, 1), m.Arcs(1, 0), m.Arcs(1, 1)));
        Assert.Equal(3, m.Ties);
        Assert.Equal((1L, 1L), (m.InternalTies(0), m.InternalTies(1)));
        Assert.Equal((1L, 1L), (m.ExternalTies(0), m.ExternalTies(1)));
        Assert.Equal(EIIndex.Count(g, [0, 0, 1, 1, -1]), EIIndex.Count(m));
        Assert.Equal(ColemanHomophily.PerGroup(g, [0, 0, 1, 1, -1]), ColemanHomophily.PerGroup(m));
        Assert.Equal(GroupModularity.Compute(g, [0, 0, 1, 1, -1]), GroupModularity.Compute(m));
        Assert.Throws<ArgumentException>(() => MixingMatrix.Compute(g, [0, 0, 1, 1, 5000]));
    }

    [Fact]
    public void Mixing_matrix_is_the_same_counted_in_parallel_blocks()
    {
        // Above the parallel threshold: the block counts must add up to the one-pass counts.
        var network = global::Analytics.Generation.SocialNetworkGenerator.Generate(new global::Analytics.Generation.GeneratorOptions(Seed: 3, Ties: 600_000));
        var g = TieGraphCsr.Build(network.UserCount, network.TieSource, network.TieTarget);
        var group = network.UserCountry.Select(c => (int)c).ToArray();
        var m = MixingMatrix.Compute(g, group);
        Assert.Equal(EIIndex.Count(g, group), EIIndex.Count(m));
        Assert.Equal(ColemanHomophily.PerGroup(g, group), ColemanHomophily.PerGroup(m));
        Assert.Equal(Assortativity.Categorical(g, group), Assortativity.Categorical(m));
        Assert.Equal(GroupModularity.Compute(g, group), GroupModularity.Compute(m));
    }

    [Theory]
    [MemberData(nameof(Undirected))]
    public void Coleman_index_matches_the_python_reference(string name)
    {
        var (d, _, a) = Reference(name);
        Approx.All(a("Coleman"), ColemanHomophily.PerGroup(d.Graph, d.Group), 1e-12);
    }

    [Theory]
    [MemberData(nameof(Undirected))]
    public void Exposure_diversity_matches_the_python_reference(string name)
    {
        var (d, c, _) = Reference(name);
        var result = ExposureDiversity.Compute(d.Graph, d.Group);
        Approx.Equal(c("ExposureDiversity"), result.Mean, 1e-12);
        Assert.Equal((int)c("ExposureDiversityUsers"), result.Users);
    }

    [Theory]
    [InlineData("karate", 0)]
    [InlineData("lesmis", 0)]
    [InlineData("florentine", 0)]
    [InlineData(null, 600_000)]
    public void Exposure_diversity_over_signs_from_the_neighbour_sums_is_the_graph_pass(string? name, int generatedTies)
    {
        Graph g;
        double[] leaning;
        if (name is not null)
        {
            var (d, _, _) = Reference(name);
            (g, leaning) = (d.Graph, d.Leaning);
        }
        else
        {
            // Above the parallel threshold; the generator gives some users no leaning and some a leaning of zero.
            var network = global::Analytics.Generation.SocialNetworkGenerator.Generate(new global::Analytics.Generation.GeneratorOptions(Seed: 7, Ties: generatedTies));
            g = TieGraphCsr.Build(network.UserCount, network.TieSource, network.TieTarget);
            leaning = [.. network.UserLeaning.Select(l => (double)l)];
        }
        int[] signs = [.. leaning.Select(l => double.IsNaN(l) ? -1 : l < 0 ? 0 : l == 0 ? 1 : 2)];
        Assert.True(signs.Distinct().Count() >= 3, "the case should have users of at least two signs and some without a leaning");
        var expected = ExposureDiversity.Compute(g, signs);
        var fromSums = ExposureDiversity.OfSigns(NeighbourSums.Compute(g, leaning));
        Assert.Equal(expected.Users, fromSums.Users);
        Approx.Equal(expected.Mean, fromSums.Mean, 1e-12);
        Approx.All(expected.PerUser, fromSums.PerUser, 1e-12);
    }

    [Fact]
    public void Exposure_diversity_above_the_parallel_size_matches_the_textbook_formula()
    {
        // 60k users, past the size where rows run in blocks: each user's −Σ p log p / log K, written out here.
        var network = global::Analytics.Generation.SocialNetworkGenerator.Generate(new global::Analytics.Generation.GeneratorOptions(Seed: 7, Ties: 600_000));
        var g = TieGraphCsr.Build(network.UserCount, network.TieSource, network.TieTarget);
        int[] group = [.. network.UserLeaning.Select(l => float.IsNaN(l) ? -1 : l < 0 ? 0 : l == 0 ? 1 : 2)];
        int k = group.Where(x => x >= 0).Distinct().Count();
        var expected = new List<double>();
        for (int u = 0; u < g.NodeCount; u++)
        {
            if (group[u] < 0) continue;
            var seen = g.Neighbors(u).ToArray().Where(v => group[v] >= 0).GroupBy(v => group[v]).Select(x => (double)x.Count()).ToArray();
            if (seen.Length == 0) continue;
            double total = seen.Sum();
            expected.Add(-seen.Sum(count => count / total * Math.Log(count / total)) / Math.Log(k));
        }
        var result = ExposureDiversity.Compute(g, group);
        Assert.Equal(expected.Count, result.Users);
        Approx.Equal(expected.Average(), result.Mean, 1e-12);
    }

    [Theory]
    [InlineData("karate")]
    [InlineData("lesmis")]
    [InlineData("florentine")]
    public void Neighbour_leaning_correlation_matches_the_python_reference(string name)
    {
        var (d, c, _) = Reference(name);
        var (r, users) = NeighbourLeaning.Correlation(d.Graph, d.Leaning);
        Approx.Equal(c("NeighbourLeaningCorrelation"), r, 1e-12);
        Assert.Equal((int)c("NeighbourLeaningUsers"), users);
    }

    [Fact]
    public void Random_walk_controversy_matches_the_exact_python_solution_on_karate()
    {
        var k = TestGraphs.Karate;
        Approx.Equal(NetworkXReference.Karate.RandomWalkControversyHubs1, RandomWalkControversy.Compute(k.Graph, k.Group, 1).Score, 1e-9);
        Approx.Equal(NetworkXReference.Karate.RandomWalkControversyHubs3, RandomWalkControversy.Compute(k.Graph, k.Group, 3).Score, 1e-9);
    }

    [Fact]
    public void Random_walk_controversy_matches_the_exact_python_solution_on_les_miserables()
    {
        var l = TestGraphs.LesMis;
        int[] side = [.. l.Group.Select(g => g is 0 or 1 ? g : -1)];
        Approx.Equal(NetworkXReference.LesMis.RandomWalkControversyTwoSides, RandomWalkControversy.Compute(l.Graph, side, 2).Score, 1e-9);
    }

    [Fact]
    public void Random_walk_controversy_on_a_long_path_has_its_closed_form()
    {
        // Path 0-1-…-199, side X = 0..99, side Y = 100..199, one hub per side: the largest degree, ties to the smaller
        // id, so X's hub is 1 and Y's is 100. Between the hubs a walk's chance of ending at 100 rises linearly,
        // a(u) = (u − 1)/99; node 0 can only step to 1 (a = 0); beyond 100 every walk ends at 100 (a = 1). So
        // P_XY = (0 + Σ_{u=2..99} (u − 1)/99)/99 = 49/99, P_YY = 1 and RWC = 50/99. A long path is the worst
        // conditioned system of its size, far from the generated graphs the solver was tuned on. A residual of 1e-10
        // bounds the error here only to about 1e-10 times the condition number (~4e3), so the solve is asked for 1e-12:
        // at the default it stops 9e-10 from the closed form (with double-precision directions it happened to run on to
        // exact termination).
        var edges = Enumerable.Range(0, 199).Select(u => (u, u + 1)).ToArray();
        var g = TestGraphs.Undirected(200, edges);
        var r = RandomWalkControversy.Compute(g, [.. Enumerable.Range(0, 200).Select(u => u < 100 ? 0 : 1)], 1, tolerance: 1e-12);
        Assert.Equal(49.0 / 99.0, r.Pxy, 9);
        Assert.Equal(1.0, r.Pyy, 9);
        Assert.Equal(50.0 / 99.0, r.Score, 9);
    }

    [Fact]
    public void Random_walk_controversy_of_two_separate_sides_is_one()
    {
        // Two triangles with no tie between them: no walk can cross.
        var g = TestGraphs.Undirected(6, (0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5));
        var r = RandomWalkControversy.Compute(g, [0, 0, 0, 1, 1, 1], 1);
        Assert.Equal(1.0, r.Score, 12);
        Assert.Equal(0.0, r.Pxy, 12);
    }

    [Fact]
    public void Hand_made_metrics_have_obvious_values()
    {
        // Path 0-1-2-3 with groups A A B B, node 4 ungrouped tied to everyone.
        var g = TestGraphs.Undirected(5, (0, 1), (1, 2), (2, 3), (4, 0), (4, 1), (4, 2), (4, 3));
        int[] group = [0, 0, 1, 1, -1];
        Assert.Equal((1L, 2L), EIIndex.Count(g, group));
        Assert.Equal(-1.0 / 3.0, EIIndex.Compute(g, group), 12);

        // Exposure: 0 sees {A}, 1 sees {A, B}, 2 sees {A, B}, 3 sees {B} → mean (0 + 1 + 1 + 0)/4.
        var exposure = ExposureDiversity.Compute(g, group);
        Assert.Equal(0.5, exposure.Mean, 12);
        Assert.Equal(4, exposure.Users);
        Assert.True(double.IsNaN(exposure.PerUser[4]));

        // One group only: K < 2 gives 0 for everyone counted.
        Assert.Equal(0.0, ExposureDiversity.Compute(g, [0, 0, 0, 0, -1]).Mean);

        // Perfect sorting by leaning: r = 1.
        var pairs = TestGraphs.Undirected(6, (0, 1), (2, 3), (4, 5));
        Assert.Equal(1.0, NeighbourLeaning.Correlation(pairs, [-1, -1, 0.2, 0.2, 0.9, 0.9]).Correlation, 12);
        Assert.Equal(1.0, Assortativity.Numeric(pairs, [-1, -1, 0.2, 0.2, 0.9, 0.9]), 12);
        Assert.Equal(1.0, Assortativity.Categorical(pairs, [0, 0, 1, 1, 2, 2]), 12);
    }

    [Fact]
    public void Edge_key_set_agrees_with_a_hash_set_through_adds_and_removes_that_wrap_around()
    {
        // Room for 32 edges is a table of 64 slots; filling it with up to 60 of the 66 edges over 12 nodes makes long
        // probe runs, runs that wrap past the last slot, and removals from their middle, which must move later entries
        // back (a wrong move loses an edge, or leaves one unreachable).
        var set = new global::Analytics.Metrics.EdgeKeySet(32);
        var reference = new HashSet<(int, int)>();
        var random = new Random(5);
        for (int step = 0; step < 20_000; step++)
        {
            int u = random.Next(12), v = random.Next(12);
            if (u == v) continue;
            var edge = (Math.Min(u, v), Math.Max(u, v));
            if (reference.Count < 60 && random.Next(10) < 9)
            {
                set.Add(u, v);
                reference.Add(edge);
            }
            else
            {
                set.Remove(v, u);
                reference.Remove(edge);
            }
            for (int a = 0; a < 12; a++)
                for (int b = a + 1; b < 12; b++)
                    Assert.Equal(reference.Contains((a, b)), set.Contains(b, a));
        }
    }

    [Fact]
    public void Double_edge_swaps_preserve_degrees_and_simplicity()
    {
        var g = TestGraphs.LesMis.Graph;
        var rewired = DoubleEdgeSwap.Rewire(g, 2000, new global::Analytics.Sampling.SeededRandom(9));
        Assert.Equal(g.EdgeCount, rewired.EdgeCount);     // no edge merged away: still simple
        int changed = 0;
        for (int u = 0; u < g.NodeCount; u++)
        {
            Assert.Equal(g.Degree(u), rewired.Degree(u));
            Assert.False(rewired.HasArc(u, u));
            foreach (int v in rewired.Neighbors(u))
            {
                changed += g.HasArc(u, v) ? 0 : 1;
            }
        }
        Assert.True(changed > g.EdgeCount, $"only {changed / 2} edges moved");
        var again = DoubleEdgeSwap.Rewire(g, 2000, new global::Analytics.Sampling.SeededRandom(9));
        Assert.Equal(rewired.Targets.ToArray(), again.Targets.ToArray());
    }

    [Fact]
    public void Null_model_flags_karate_club_homophily_and_is_seeded()
    {
        var k = TestGraphs.Karate;
        var result = EIIndexNullModel.Compute(k.Graph, k.Group, samples: 50, seed: 2026);
        Approx.Equal(NetworkXReference.Karate.EIIndex, result.Observed, 1e-12);
        Assert.Equal(50, result.Samples);
        Assert.True(result.Mean > -0.2, $"null mean {result.Mean}");           // random mixing of two halves
        Assert.True(result.StandardDeviation > 0);
        Assert.True(result.ZScore < -5, $"z {result.ZScore}");
        Assert.Equal(result, EIIndexNullModel.Compute(k.Graph, k.Group, samples: 50, seed: 2026));
    }

    [Fact]
    public void Null_model_of_a_star_cannot_move()
    {
        // The star is the only simple graph with its degrees, so every sample equals the observation.
        var star = TestGraphs.Undirected(5, (0, 1), (0, 2), (0, 3), (0, 4));
        var result = EIIndexNullModel.Compute(star, [0, 0, 1, 1, 1], samples: 5, seed: 1);
        Assert.Equal(result.Observed, result.Mean, 12);
        Assert.Equal(0.0, result.StandardDeviation);
        Assert.True(double.IsNaN(result.ZScore));
    }

    [Fact]
    public void Metrics_leave_out_ungrouped_nodes_and_their_ties()
    {
        // Adding an ungrouped hub tied to everyone must not change any group metric.
        var k = TestGraphs.Karate;
        var b = new GraphBuilder(35);
        for (int u = 0; u < 34; u++)
        {
            foreach (int v in k.Graph.Neighbors(u))
            {
                b.Add(u, v);
            }
            b.Add(34, u);
        }
        var g = b.BuildTieGraph();
        int[] group = [.. k.Group, -1];
        double[] leaning = [.. k.Leaning, double.NaN];
        Assert.Equal(EIIndex.Compute(k.Graph, k.Group), EIIndex.Compute(g, group), 12);
        Assert.Equal(Assortativity.Categorical(k.Graph, k.Group), Assortativity.Categorical(g, group), 12);
        Assert.Equal(Assortativity.Numeric(k.Graph, k.Leaning), Assortativity.Numeric(g, leaning), 12);
        Assert.Equal(ExposureDiversity.Compute(k.Graph, k.Group).Mean, ExposureDiversity.Compute(g, group).Mean, 12);
        Assert.Equal(NeighbourLeaning.Correlation(k.Graph, k.Leaning).Correlation, NeighbourLeaning.Correlation(g, leaning).Correlation, 12);
        Assert.Equal(ColemanHomophily.PerGroup(k.Graph, k.Group), ColemanHomophily.PerGroup(g, group));
        Assert.Equal(global::Analytics.Community.Modularity.Compute(k.Graph, k.Group),
            global::Analytics.Community.Modularity.Compute(g, group), 12);
    }

    [Fact]
    public void Coleman_is_one_for_perfect_segregation_and_nan_for_a_lone_member()
    {
        // Two disjoint triangles, one per group, plus a lone member of group 2 tied into group 0.
        var g = TestGraphs.Undirected(7, (0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (6, 0));
        var h = ColemanHomophily.PerGroup(g, [0, 0, 0, 1, 1, 1, 2]);
        Assert.Equal(1.0, h[1], 12);
        Assert.True(h[0] is > 0 and < 1);
        Assert.True(double.IsNaN(h[2]));            // expected within-group ends are 0 for a single member
    }

    [Fact]
    public void Metrics_without_usable_ties_are_nan()
    {
        var g = TestGraphs.Undirected(4, (0, 1), (2, 3));
        Assert.True(double.IsNaN(EIIndex.Compute(g, [0, -1, 1, -1])));
        Assert.True(double.IsNaN(Assortativity.Categorical(g, [0, -1, 1, -1])));
        Assert.True(double.IsNaN(ExposureDiversity.Compute(g, [0, -1, 1, -1]).Mean));
        Assert.True(double.IsNaN(NeighbourLeaning.Correlation(g, [0.5, double.NaN, 0.1, double.NaN]).Correlation));
        Assert.Throws<ArgumentException>(() => EIIndex.Compute(g, [0, 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => EIIndexNullModel.Compute(g, [0, 0, 1, 1], samples: 1, seed: 0));
    }

    [Fact]
    public void Random_walk_controversy_leaves_out_nodes_without_a_side()
    {
        // A bridge node without a side, tied to both clubs, must not let walks cross.
        var k = TestGraphs.Karate;
        var b = new GraphBuilder(35);
        for (int u = 0; u < 34; u++)
        {
            foreach (int v in k.Graph.Neighbors(u))
            {
                b.Add(u, v);
            }
        }
        b.Add(34, 0).Add(34, 33);
        int[] side = [.. k.Group, -1];
        Assert.Equal(RandomWalkControversy.Compute(k.Graph, k.Group, 3).Score,
            RandomWalkControversy.Compute(b.BuildTieGraph(), side, 3).Score, 12);
        Assert.Throws<ArgumentException>(() => RandomWalkControversy.Compute(k.Graph, [.. k.Group.Select(g => g + 1)], 3));
    }
}
