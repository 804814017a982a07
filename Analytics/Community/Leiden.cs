using Analytics.Graphs;
using Analytics.Sampling;

namespace Analytics.Community;

/// <summary>Community detection by the Leiden algorithm: Louvain's local moving plus a refinement step.</summary>
/// <remarks>
/// <para>Maximises modularity with resolution γ, Q = (1/2m) Σ_ij (A_ij − γ k_i k_j / 2m) δ(c_i, c_j).
/// Each round (V. A. Traag, L. Waltman and N. J. van Eck, "From Louvain to Leiden: guaranteeing
/// well-connected communities", Scientific Reports 9, 5233, 2019, Algorithms A.1–A.2):</para>
/// <list type="number">
/// <item><b>Fast local moving.</b> Nodes wait in a queue (initially all, in seeded random order); a popped
/// node moves to the neighbouring or empty community with the largest gain
/// ΔQ ∝ k_{v,C} − γ k_v K_C / 2m, and its neighbours outside the new community rejoin the queue.</item>
/// <item><b>Refinement.</b> Within each community C, every node starts alone; in random order, a still
/// single, well-connected node v (E(v, C−v) ≥ γ k_v (K_C − k_v)/2m) merges into the well-connected
/// sub-community of C that gives the largest non-negative gain. This is the θ → 0 limit of the paper's
/// randomised merge; it keeps every refined community connected, which Louvain cannot promise.</item>
/// <item><b>Aggregation.</b> The refined communities become nodes; each starts in the community of C that
/// contains it, so the next level continues from the unrefined partition.</item>
/// </list>
/// <para>Levels repeat until every community is a single aggregate node; whole rounds then repeat from the
/// result until modularity stops improving (by at least 1e-5 per round; igraph and leidenalg default to
/// two rounds). The same seed gives the same partition, on any number of cores. Louvain: V. D. Blondel,
/// J.-L. Guillaume, R. Lambiotte and E. Lefebvre, J. Stat. Mech. P10008, 2008.</para>
/// <para>Cost: the first level's local moving dominates (on 10M ties most of its time is cache misses on the
/// community and accumulator arrays); on 50,000 nodes or more it runs in parallel batches
/// (<see cref="BatchedLocalMoving"/>), which give the same result on any number of cores. After the first level's
/// local moving, such networks are renumbered community by community, so that refinement, aggregation and the
/// next level read each community from one stretch of memory; before it, they are numbered in a seeded random order,
/// which the batched moving visits in node order. Scratch arrays live in one
/// <see cref="LeidenWorkspace"/> for the whole run, aggregation is a counting sort into reused buffers, and
/// refinement runs communities in parallel.</para>
/// </remarks>
public static class Leiden
{
    // Rounds stop once a whole round gains less modularity than this. On 10M generated ties the rounds gain
    // +1e-3, then +4e-6, +1e-6, ...: the tail changes no conclusion but costs a full round (seconds) each.
    // Karate still needs up to four rounds, whose gains are ≥ 1e-3 (one tie moves Q by about 1/2m there).
    private const double MinimumImprovement = 1e-5;

    /// <summary>Finds communities.</summary>
    /// <param name="graph">Graph, read as undirected (arcs u→v and v→u add up).</param>
    /// <param name="seed">Seed for node orders.</param>
    /// <param name="resolution">γ of the modularity; 1 is classic modularity.</param>
    /// <param name="weighted">Use arc weights; false counts each tie as 1.</param>
    /// <param name="maxRounds">Cap on full Leiden rounds (each costs about one Louvain run).</param>
    /// <param name="refine">False skips the refinement step and aggregates whole communities: plain Louvain
    /// (with Leiden's queue-based local moving), kept for comparison.</param>
    /// <param name="maxDegreeOfParallelism">Cores for local moving on networks of 50,000 nodes or more, and for
    /// aggregating large levels (−1: all).
    /// The result does not depend on it.</param>
    /// <returns>Community id per node, numbered 0..k-1 in order of each community's smallest node.</returns>
    public static int[] Detect(Graph graph, long seed = 0, double resolution = 1, bool weighted = false, int maxRounds = 10, bool refine = true, int maxDegreeOfParallelism = -1) =>
        Detect(graph, seed, resolution, weighted, maxRounds, refine, maxDegreeOfParallelism, workspace: null);

    /// <summary><see cref="Detect(Graph, long, double, bool, int, bool, int)"/> on the given workspace (large enough
    /// for the graph), or on one passed on from an earlier run when it is null.</summary>
    internal static int[] Detect(Graph graph, long seed, double resolution, bool weighted, int maxRounds, bool refine, int maxDegreeOfParallelism, LeidenWorkspace? workspace)
    {
        var moving = new Moving(BatchedThreshold, BatchedLocalMoving.DefaultBatchSize,
            maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount);
        var network = WeightedNetwork.From(graph, weighted);
        int n = network.NodeCount;
        var random = new SeededRandom(seed);
        var membership = new int[n];
        for (int u = 0; u < n; u++)
        {
            membership[u] = u;
        }
        double twoM = 0;
        foreach (double k in network.Strength)
        {
            twoM += k;
        }
        if (twoM == 0)
        {
            return membership;
        }
        var work = workspace ?? LeidenWorkspace.Rent(n);
        // The batched local moving serves its queue in node order, so large networks are numbered in a seeded random
        // order first: the first pass is then the paper's random order, whatever the input ids follow.
        int[]? shuffledIndexOf = null;
        if (n >= moving.BatchedThreshold)
        {
            shuffledIndexOf = new int[n];
            for (int u = 0; u < n; u++)
            {
                shuffledIndexOf[u] = u;
            }
            random.Shuffle(shuffledIndexOf);
            network = network.Permute(shuffledIndexOf, work, ShuffledBuffer);
        }
        // Singletons hold no internal weight (the network has no self-loops): Q = −γ Σ (k_u / 2m)².
        double best = 0;
        foreach (double k in network.Strength)
        {
            best -= resolution * (k / twoM) * (k / twoM);
        }
        for (int round = 0; round < maxRounds; round++)
        {
            var candidate = Round(network, membership, resolution, twoM, random, refine, work, moving);
            if (round == maxRounds - 1)
            {
                // A round does not lower modularity (moves gain, refinement and aggregation keep the partition; a
                // batched move is re-checked against current totals), so the last allowed round is kept without
                // the full pass that would measure it.
                membership = candidate;
                break;
            }
            double q = Quality(network, candidate, resolution, twoM, work);
            if (q <= best + MinimumImprovement)
            {
                break;
            }
            best = q;
            membership = candidate;
        }
        if (shuffledIndexOf is not null)
        {
            var inputOrder = new int[n];
            for (int u = 0; u < n; u++)
            {
                inputOrder[u] = membership[shuffledIndexOf[u]];
            }
            membership = inputOrder;
        }
        if (workspace is null)
        {
            LeidenWorkspace.Return(work);
        }
        return Renumber(membership);
    }

    // The workspace's arc buffer for the shuffled input; levels alternate between buffers 0 and 1.
    private const int ShuffledBuffer = 2;

    // One Leiden round from the given partition of the original nodes.
    // Networks with at least this many nodes use the batched parallel local moving; smaller ones the sequential
    // one, which never reads a stale community (the karate results were established with it).
    private const int BatchedThreshold = 50_000;

    private readonly record struct Moving(int BatchedThreshold, int BatchSize, int Parallelism);

    private static int[] Round(WeightedNetwork original, int[] start, double resolution, double twoM, SeededRandom random, bool refine, LeidenWorkspace work, Moving moving)
    {
        var network = original;
        var community = Renumber(start);
        // nodeOf[u]: the aggregate node that original node u belongs to at the current level.
        var nodeOf = new int[original.NodeCount];
        for (int u = 0; u < nodeOf.Length; u++)
        {
            nodeOf[u] = u;
        }
        int buffer = 0;
        while (true)
        {
            int communities = network.NodeCount >= moving.BatchedThreshold
                ? BatchedLocalMoving.MoveNodes(network, community, resolution, twoM, work, moving.BatchSize, moving.Parallelism, out _)
                : LocalMoving.MoveNodesFast(network, community, resolution, twoM, random, work);
            if (communities == network.NodeCount)
            {
                break;
            }
            bool grouped = network == original && network.NodeCount >= moving.BatchedThreshold;
            if (grouped)
            {
                (network, community) = GroupByCommunity(network, community, communities, nodeOf, work);
            }
            int[] refined = community;
            int refinedCount = communities;
            if (refine)
            {
                refinedCount = Refinement.Refine(network, community, communities, resolution, twoM, random, work, nodesInVisitOrder: grouped);
                refined = work.Refined;
                if (refinedCount == network.NodeCount)
                {
                    // Refinement merged nothing (no single node could join a sub-community without loss):
                    // aggregate by the communities themselves, as Louvain does, so the level still shrinks.
                    refined = community;
                    refinedCount = communities;
                }
            }
            var aggregateCommunity = new int[refinedCount];
            for (int v = 0; v < network.NodeCount; v++)
            {
                aggregateCommunity[refined[v]] = community[v];
            }
            for (int u = 0; u < nodeOf.Length; u++)
            {
                nodeOf[u] = refined[nodeOf[u]];
            }
            network = network.Aggregate(refined, refinedCount, work, buffer, moving.Parallelism);
            buffer ^= 1;
            community = aggregateCommunity;
        }
        var result = new int[original.NodeCount];
        for (int u = 0; u < result.Length; u++)
        {
            result[u] = community[nodeOf[u]];
        }
        return result;
    }

    // Renumbers the nodes community by community (stable within a community), so that refinement, aggregation and
    // the next level, which all work community by community, read one stretch of each array instead of entries
    // scattered over all of it: on 10M generated ties, whose node ids say nothing about structure, refinement and
    // aggregation of the first level take about half as long after it. The network goes into the workspace's second
    // arc buffer, which the first aggregation (into the first) leaves alone. Updates nodeOf.
    private static (WeightedNetwork Network, int[] Community) GroupByCommunity(WeightedNetwork network, int[] community, int communities, int[] nodeOf, LeidenWorkspace work)
    {
        int n = network.NodeCount;
        var newIndexOf = work.Order;
        var fill = work.Bucket;
        Array.Clear(fill, 0, communities + 1);
        for (int v = 0; v < n; v++)
        {
            fill[community[v] + 1]++;
        }
        for (int c = 0; c < communities; c++)
        {
            fill[c + 1] += fill[c];
        }
        for (int v = 0; v < n; v++)
        {
            newIndexOf[v] = fill[community[v]]++;
        }
        var permuted = new int[n];
        for (int v = 0; v < n; v++)
        {
            permuted[newIndexOf[v]] = community[v];
        }
        for (int u = 0; u < nodeOf.Length; u++)
        {
            nodeOf[u] = newIndexOf[nodeOf[u]];
        }
        return (network.Permute(newIndexOf, work, 1), permuted);
    }

    internal static double Quality(WeightedNetwork g, int[] community, double resolution, double twoM, LeidenWorkspace work)
    {
        int n = g.NodeCount;
        var inside = work.LinkTo;
        var total = work.Total;
        Array.Clear(inside, 0, n);
        Array.Clear(total, 0, n);
        for (int u = 0; u < n; u++)
        {
            int c = community[u];
            total[c] += g.Strength[u];
            for (int a = g.Offsets[u]; a < g.Offsets[u + 1]; a++)
            {
                if (community[g.Targets[a]] == c)
                {
                    inside[c] += g.Weight(a);
                }
            }
        }
        double q = 0;
        for (int c = 0; c < n; c++)
        {
            q += inside[c] / twoM - resolution * (total[c] / twoM) * (total[c] / twoM);
        }
        Array.Clear(inside, 0, n);
        return q;
    }

    /// <summary>Relabels <paramref name="labels"/>[0..count) (each below count) 0..k-1 in order of first appearance; returns k.</summary>
    internal static int RenumberInPlace(int[] labels, int count, int[] map)
    {
        Array.Fill(map, -1, 0, count);
        int next = 0;
        for (int u = 0; u < count; u++)
        {
            int l = labels[u];
            int m = map[l];
            if (m < 0)
            {
                m = map[l] = next++;
            }
            labels[u] = m;
        }
        return next;
    }

    /// <summary>Relabels communities 0..k-1 in order of first appearance (smallest node first).</summary>
    internal static int[] Renumber(int[] labels)
    {
        int max = 0;
        foreach (int l in labels)
        {
            max = Math.Max(max, l + 1);
        }
        var map = new int[max];
        Array.Fill(map, -1);
        var result = new int[labels.Length];
        int next = 0;
        for (int u = 0; u < labels.Length; u++)
        {
            int l = labels[u];
            if (map[l] < 0)
            {
                map[l] = next++;
            }
            result[u] = map[l];
        }
        return result;
    }
}
