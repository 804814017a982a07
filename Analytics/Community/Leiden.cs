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
/// result until modularity stops improving (by at least 1e-7 per round; igraph and leidenalg default to
/// two rounds). The same seed gives the same partition. Louvain: V. D. Blondel,
/// J.-L. Guillaume, R. Lambiotte and E. Lefebvre, J. Stat. Mech. P10008, 2008.</para>
/// </remarks>
public static class Leiden
{
    // Rounds stop once a whole round gains less modularity than this: later rounds on large graphs
    // keep finding gains of 1e-8 and below that change no conclusion but cost a full round each.
    private const double MinimumImprovement = 1e-7;

    /// <summary>Finds communities.</summary>
    /// <param name="graph">Graph, read as undirected (arcs u→v and v→u add up).</param>
    /// <param name="seed">Seed for node orders.</param>
    /// <param name="resolution">γ of the modularity; 1 is classic modularity.</param>
    /// <param name="weighted">Use arc weights; false counts each tie as 1.</param>
    /// <param name="maxRounds">Cap on full Leiden rounds (each costs about one Louvain run).</param>
    /// <param name="refine">False skips the refinement step and aggregates whole communities: plain Louvain
    /// (with Leiden's queue-based local moving), kept for comparison.</param>
    /// <returns>Community id per node, numbered 0..k-1 in order of each community's smallest node.</returns>
    public static int[] Detect(Graph graph, long seed = 0, double resolution = 1, bool weighted = false, int maxRounds = 10, bool refine = true)
    {
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
        double best = Quality(network, membership, resolution, twoM);
        for (int round = 0; round < maxRounds; round++)
        {
            var candidate = Round(network, membership, resolution, twoM, random, refine);
            double q = Quality(network, candidate, resolution, twoM);
            if (q <= best + MinimumImprovement)
            {
                break;
            }
            best = q;
            membership = candidate;
        }
        return Renumber(membership);
    }

    // One Leiden round from the given partition of the original nodes.
    private static int[] Round(WeightedNetwork original, int[] start, double resolution, double twoM, SeededRandom random, bool refine)
    {
        var network = original;
        var community = Renumber((int[])start.Clone());
        // nodeOf[u]: the aggregate node that original node u belongs to at the current level.
        var nodeOf = new int[original.NodeCount];
        for (int u = 0; u < nodeOf.Length; u++)
        {
            nodeOf[u] = u;
        }
        while (true)
        {
            int communities = MoveNodesFast(network, community, resolution, twoM, random);
            if (communities == network.NodeCount)
            {
                break;
            }
            var (refined, refinedCount) = refine
                ? Refine(network, community, resolution, twoM, random)
                : (community, network.NodeCount);
            if (refinedCount == network.NodeCount)
            {
                // Refinement merged nothing (no single node could join a sub-community without loss):
                // aggregate by the communities themselves, as Louvain does, so the level still shrinks.
                refined = (int[])community.Clone();
                refinedCount = communities;
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
            network = network.Aggregate(refined, refinedCount);
            community = aggregateCommunity;
        }
        var result = new int[original.NodeCount];
        for (int u = 0; u < result.Length; u++)
        {
            result[u] = community[nodeOf[u]];
        }
        return result;
    }

    // Algorithm A.2 MoveNodesFast. Returns the number of non-empty communities; renumbers them 0..k-1.
    private static int MoveNodesFast(WeightedNetwork g, int[] community, double resolution, double twoM, SeededRandom random)
    {
        int n = g.NodeCount;
        var total = new double[n];          // K_C, indexed by community id (ids < n)
        var size = new int[n];
        for (int v = 0; v < n; v++)
        {
            total[community[v]] += g.Strength[v];
            size[community[v]]++;
        }
        var emptyIds = new Stack<int>();
        for (int c = n - 1; c >= 0; c--)
        {
            if (size[c] == 0)
            {
                emptyIds.Push(c);
            }
        }
        var order = new int[n];
        for (int v = 0; v < n; v++)
        {
            order[v] = v;
        }
        random.Shuffle(order.AsSpan());
        var queue = new Queue<int>(order);
        var queued = new bool[n];
        Array.Fill(queued, true);
        var linkTo = new double[n];
        var seen = new bool[n];
        var candidates = new List<int>();

        while (queue.Count > 0)
        {
            int v = queue.Dequeue();
            queued[v] = false;
            int current = community[v];
            double kv = g.Strength[v];
            // Weights from v to each neighbouring community.
            for (int a = g.Offsets[v]; a < g.Offsets[v + 1]; a++)
            {
                int c = community[g.Targets[a]];
                if (!seen[c])
                {
                    seen[c] = true;
                    candidates.Add(c);
                }
                linkTo[c] += g.Weights[a];
            }
            // Take v out of its community, then compare gains k_{v,C} − γ k_v K_C / 2m.
            total[current] -= kv;
            size[current]--;
            if (size[current] == 0)
            {
                emptyIds.Push(current);
            }
            int bestCommunity = current;
            double bestGain = linkTo[current] - resolution * kv * total[current] / twoM;
            foreach (int c in candidates)
            {
                double gain = linkTo[c] - resolution * kv * total[c] / twoM;
                if (gain > bestGain)
                {
                    bestGain = gain;
                    bestCommunity = c;
                }
            }
            if (bestGain < 0)
            {
                // Alone in an empty community the gain is 0.
                bestCommunity = emptyIds.Peek();
            }
            if (bestCommunity == emptyIds.Peek() && size[bestCommunity] == 0)
            {
                emptyIds.Pop();
            }
            total[bestCommunity] += kv;
            size[bestCommunity]++;
            community[v] = bestCommunity;
            if (bestCommunity != current)
            {
                for (int a = g.Offsets[v]; a < g.Offsets[v + 1]; a++)
                {
                    int u = g.Targets[a];
                    if (!queued[u] && community[u] != bestCommunity)
                    {
                        queued[u] = true;
                        queue.Enqueue(u);
                    }
                }
            }
            foreach (int c in candidates)
            {
                linkTo[c] = 0;
                seen[c] = false;
            }
            linkTo[current] = 0;
            candidates.Clear();
        }
        var renumbered = Renumber(community);
        Array.Copy(renumbered, community, n);
        int count = 0;
        foreach (int c in community)
        {
            count = Math.Max(count, c + 1);
        }
        return count;
    }

    // Algorithm A.2 RefinePartition / MergeNodesSubset with greedy (θ → 0) merges.
    private static (int[] Refined, int Count) Refine(WeightedNetwork g, int[] community, double resolution, double twoM, SeededRandom random)
    {
        int n = g.NodeCount;
        var refined = new int[n];
        var refinedTotal = new double[n];    // K of each refined community
        var refinedOutside = new double[n];  // E(R, C − R): weight from R to the rest of its community
        var singleton = new bool[n];
        var communityTotal = new double[n];
        for (int v = 0; v < n; v++)
        {
            refined[v] = v;
            refinedTotal[v] = g.Strength[v];
            singleton[v] = true;
            communityTotal[community[v]] += g.Strength[v];
        }
        for (int v = 0; v < n; v++)
        {
            for (int a = g.Offsets[v]; a < g.Offsets[v + 1]; a++)
            {
                if (community[g.Targets[a]] == community[v])
                {
                    refinedOutside[v] += g.Weights[a];
                }
            }
        }
        var order = new int[n];
        for (int v = 0; v < n; v++)
        {
            order[v] = v;
        }
        random.Shuffle(order.AsSpan());
        var linkTo = new double[n];
        var seen = new bool[n];
        var candidates = new List<int>();
        foreach (int v in order)
        {
            int c = community[v];
            double kv = g.Strength[v];
            double kc = communityTotal[c];
            // Only single, well-connected nodes move.
            if (!singleton[v] || refinedOutside[v] < resolution * kv * (kc - kv) / twoM)
            {
                continue;
            }
            for (int a = g.Offsets[v]; a < g.Offsets[v + 1]; a++)
            {
                int u = g.Targets[a];
                if (community[u] != c)
                {
                    continue;
                }
                int r = refined[u];
                if (!seen[r])
                {
                    seen[r] = true;
                    candidates.Add(r);
                }
                linkTo[r] += g.Weights[a];
            }
            int own = refined[v];
            int bestTarget = own;
            double bestGain = 0;
            foreach (int r in candidates)
            {
                if (r == own)
                {
                    continue;
                }
                double kr = refinedTotal[r];
                bool wellConnected = refinedOutside[r] >= resolution * kr * (kc - kr) / twoM;
                double gain = linkTo[r] - resolution * kv * kr / twoM;
                if (wellConnected && (gain > bestGain || (gain == bestGain && bestTarget == own && gain >= 0)))
                {
                    bestGain = gain;
                    bestTarget = r;
                }
            }
            if (bestTarget != own)
            {
                // Edges between v and the target become internal to the merged sub-community.
                refinedOutside[bestTarget] += refinedOutside[v] - 2 * linkTo[bestTarget];
                refinedTotal[bestTarget] += kv;
                refinedTotal[own] = 0;
                refined[v] = bestTarget;
                singleton[v] = false;
                foreach (int u in SameRefined(g, v, bestTarget, refined))
                {
                    singleton[u] = false;
                }
            }
            foreach (int r in candidates)
            {
                linkTo[r] = 0;
                seen[r] = false;
            }
            candidates.Clear();
        }
        var numbered = Renumber(refined);
        int count = 0;
        foreach (int r in numbered)
        {
            count = Math.Max(count, r + 1);
        }
        return (numbered, count);
    }

    // Neighbours of v now sharing its refined community: they are no longer singletons.
    private static List<int> SameRefined(WeightedNetwork g, int v, int r, int[] refined)
    {
        var result = new List<int>();
        for (int a = g.Offsets[v]; a < g.Offsets[v + 1]; a++)
        {
            if (refined[g.Targets[a]] == r)
            {
                result.Add(g.Targets[a]);
            }
        }
        return result;
    }

    internal static double Quality(WeightedNetwork g, int[] community, double resolution, double twoM)
    {
        int n = g.NodeCount;
        var inside = new double[n];
        var total = new double[n];
        for (int u = 0; u < n; u++)
        {
            int c = community[u];
            total[c] += g.Strength[u];
            for (int a = g.Offsets[u]; a < g.Offsets[u + 1]; a++)
            {
                if (community[g.Targets[a]] == c)
                {
                    inside[c] += g.Weights[a];
                }
            }
        }
        double q = 0;
        for (int c = 0; c < n; c++)
        {
            q += inside[c] / twoM - resolution * (total[c] / twoM) * (total[c] / twoM);
        }
        return q;
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
