using Analytics.Sampling;

namespace Analytics.Community;

/// <summary>
/// Leiden's refinement phase (Traag, Waltman and van Eck, Scientific Reports 9, 5233, 2019, Algorithm
/// A.2 RefinePartition and MergeNodesSubset): inside each community, well-connected single nodes merge
/// into well-connected sub-communities, so that every refined community is connected.
/// </summary>
/// <remarks>
/// MergeNodesSubset runs on each community separately and reads nothing outside it: the refined communities,
/// their totals and E(R, C − R) all stay inside C. So the communities are refined independently and in any order
/// (in parallel on large networks, largest first), each visiting its nodes in the order they have in one seeded
/// shuffle of all nodes, or in node order when the nodes are already numbered community by community in a seeded
/// random order (Leiden's first level on a large network). That is the order the sequential algorithm would visit
/// them in, so the result is the same on any number of cores.
/// </remarks>
internal static class Refinement
{
    // Below this many nodes the refinement runs on one thread: scheduling would cost more than it saves.
    private const int ParallelThreshold = 50_000;

    // Algorithm A.2 RefinePartition / MergeNodesSubset with greedy (θ → 0) merges. Writes the refined
    // community of each node (renumbered 0..k-1) to work.Refined and returns k. nodesInVisitOrder: the nodes are
    // numbered community by community, each community's in a seeded random order (Leiden's first level on a large
    // network), so they are visited in node order, reading rows in memory order, instead of in a fresh shuffle.
    public static int Refine(WeightedNetwork g, int[] community, int communities, double resolution, double twoM, SeededRandom random, LeidenWorkspace work, bool nodesInVisitOrder = false)
    {
        int n = g.NodeCount;
        var offsets = g.Offsets;
        var targets = g.Targets;
        var weights = g.Weights;
        var strength = g.Strength;
        var refined = work.Refined;
        var refinedTotal = work.RefinedTotal;     // K of each refined community
        var refinedOutside = work.RefinedOutside; // E(R, C − R): weight from R to the rest of its community
        var singleton = work.Singleton;
        var communityTotal = work.CommunityTotal;
        Array.Clear(communityTotal, 0, communities);
        var bucket = work.Bucket;                 // bucket[c]..bucket[c+1]: the nodes of community c, in visit order
        Array.Clear(bucket, 0, communities + 1);
        for (int v = 0; v < n; v++)
        {
            communityTotal[community[v]] += strength[v];
            bucket[community[v] + 1]++;
        }
        // Each node's weight to the rest of its community: a pass over every arc with a random read per arc,
        // independent per node, so split over cores in fixed blocks.
        void Start(int from, int to)
        {
            for (int v = from; v < to; v++)
            {
                refined[v] = v;
                refinedTotal[v] = strength[v];
                singleton[v] = true;
                double inside = 0;
                int c = community[v];
                if (weights is null)
                {
                    int count = 0;
                    for (int a = offsets[v]; a < offsets[v + 1]; a++)
                    {
                        count += community[targets[a]] == c ? 1 : 0;
                    }
                    inside = count;
                }
                else
                {
                    for (int a = offsets[v]; a < offsets[v + 1]; a++)
                    {
                        inside += community[targets[a]] == c ? weights[a] : 0;
                    }
                }
                refinedOutside[v] = inside;
            }
        }
        if (n >= ParallelThreshold)
        {
            const int blocks = 64;
            Parallel.For(0, blocks, b => Start((int)((long)n * b / blocks), (int)((long)n * (b + 1) / blocks)));
        }
        else
        {
            Start(0, n);
        }
        for (int c = 0; c < communities; c++)
        {
            bucket[c + 1] += bucket[c];
        }
        // grouped[bucket[c]..bucket[c+1]): community c's nodes in visit order; null when that is c's stretch of the
        // node order, already a seeded random one.
        int[]? grouped = null;
        if (!nodesInVisitOrder)
        {
            grouped = work.Queue;
            var order = work.Order;
            for (int v = 0; v < n; v++)
            {
                order[v] = v;
            }
            random.Shuffle(order.AsSpan(0, n));
            // Stable counting sort of the shuffled order by community.
            var fill = work.Map;
            Array.Copy(bucket, fill, communities);
            for (int i = 0; i < n; i++)
            {
                int v = order[i];
                grouped[fill[community[v]]++] = v;
            }
        }
        double scale = resolution / twoM;
        var linkTo = work.LinkTo;          // indexed by refined id; ids of different communities never meet

        // gathered: the refined community of each neighbour of the node being visited, or the node's own one for a
        // neighbour outside its community (the node's own sub-community is a single node, which has no tie to itself,
        // so that slot is a safe sink and is cleared before it is read).
        void MergeNodesSubset(int c, ref int[] gathered)
        {
            double kc = communityTotal[c];
            for (int i = bucket[c]; i < bucket[c + 1]; i++)
            {
                int v = grouped is null ? i : grouped[i];
                double kv = strength[v];
                // Only single, well-connected nodes move.
                if (!singleton[v] || refinedOutside[v] < scale * kv * (kc - kv))
                {
                    continue;
                }
                int own = refined[v];
                int degree = offsets[v + 1] - offsets[v];
                if (gathered.Length < degree)
                {
                    gathered = new int[Math.Max(degree, 2 * gathered.Length)];
                }
                // Gathered first, in a loop of independent loads, then summed; branch-free, since about half the
                // arcs leave the community and which ones is unpredictable.
                for (int a = offsets[v], k = 0; k < degree; a++, k++)
                {
                    int u = targets[a];
                    gathered[k] = community[u] == c ? refined[u] : own;
                }
                for (int a = offsets[v], k = 0; k < degree; a++, k++)
                {
                    linkTo[gathered[k]] += weights is null ? 1 : weights[a];
                }
                linkTo[own] = 0;
                int bestTarget = own;
                double bestGain = 0;
                double bestLink = 0;
                // The candidates are the gathered ids in order of first appearance, each read once and cleared: a
                // repeat (or the own id) reads zero, whose gain −γ k_v K_r / 2m is negative and never wins.
                for (int k = 0; k < degree; k++)
                {
                    int r = gathered[k];
                    double link = linkTo[r];
                    linkTo[r] = 0;
                    double kr = refinedTotal[r];
                    bool wellConnected = refinedOutside[r] >= scale * kr * (kc - kr);
                    double gain = link - scale * kv * kr;
                    if (wellConnected && (gain > bestGain || (gain == bestGain && bestTarget == own && gain >= 0)))
                    {
                        bestGain = gain;
                        bestTarget = r;
                        bestLink = link;
                    }
                }
                if (bestTarget != own)
                {
                    // Edges between v and the target become internal to the merged sub-community.
                    refinedOutside[bestTarget] += refinedOutside[v] - 2 * bestLink;
                    refinedTotal[bestTarget] += kv;
                    refinedTotal[own] = 0;
                    refined[v] = bestTarget;
                    // A non-empty refined community r always contains node r (a node leaves its own id only
                    // while single), so the target's first member is the one that stops being single.
                    singleton[v] = false;
                    singleton[bestTarget] = false;
                }
            }
        }

        if (n >= ParallelThreshold)
        {
            // Largest communities first, handed out one at a time. A community is refined by one worker, and under
            // Parallel.For's range partitioning the largest (on 10M generated ties, 110k nodes and 11 % of the arcs)
            // could start when the rest was nearly done: 0.37-0.42 s against 0.71-0.85 s for level 1 there.
            var bySize = new int[communities];
            var negativeSize = new int[communities];
            for (int c = 0; c < communities; c++)
            {
                bySize[c] = c;
                negativeSize[c] = bucket[c] - bucket[c + 1];
            }
            Array.Sort(negativeSize, bySize);
            int taken = -1;
            Parallel.For(0, Environment.ProcessorCount, _ =>
            {
                var gathered = new int[256];
                int j;
                while ((j = Interlocked.Increment(ref taken)) < communities)
                {
                    MergeNodesSubset(bySize[j], ref gathered);
                }
            });
        }
        else
        {
            var gathered = new int[256];
            for (int c = 0; c < communities; c++)
            {
                MergeNodesSubset(c, ref gathered);
            }
        }
        return Leiden.RenumberInPlace(refined, n, work.Map);
    }
}
