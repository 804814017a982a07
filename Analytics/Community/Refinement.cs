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
/// shuffle of all nodes. That is the order the sequential algorithm would visit them in, so the result is the same
/// on any number of cores.
/// </remarks>
internal static class Refinement
{
    // Below this many nodes the refinement runs on one thread: scheduling would cost more than it saves.
    private const int ParallelThreshold = 50_000;

    // Algorithm A.2 RefinePartition / MergeNodesSubset with greedy (θ → 0) merges. Writes the refined
    // community of each node (renumbered 0..k-1) to work.Refined and returns k.
    public static int Refine(WeightedNetwork g, int[] community, int communities, double resolution, double twoM, SeededRandom random, LeidenWorkspace work)
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
                for (int a = offsets[v]; a < offsets[v + 1]; a++)
                {
                    if (community[targets[a]] == c)
                    {
                        inside += (weights is null ? 1 : weights[a]);
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
        var order = work.Order;
        for (int v = 0; v < n; v++)
        {
            order[v] = v;
        }
        random.Shuffle(order.AsSpan(0, n));
        // Stable counting sort of the shuffled order by community.
        var grouped = work.Queue;
        var fill = work.Map;
        Array.Copy(bucket, fill, communities);
        for (int i = 0; i < n; i++)
        {
            int v = order[i];
            grouped[fill[community[v]]++] = v;
        }
        double scale = resolution / twoM;
        var linkTo = work.LinkTo;          // indexed by refined id; ids of different communities never meet
        var candidates = work.Candidates;  // community c uses the slots bucket[c]..bucket[c+1]

        void MergeNodesSubset(int c)
        {
            double kc = communityTotal[c];
            int slots = bucket[c];
            for (int i = bucket[c]; i < bucket[c + 1]; i++)
            {
                int v = grouped[i];
                double kv = strength[v];
                // Only single, well-connected nodes move.
                if (!singleton[v] || refinedOutside[v] < scale * kv * (kc - kv))
                {
                    continue;
                }
                int touched = slots;
                for (int a = offsets[v]; a < offsets[v + 1]; a++)
                {
                    int u = targets[a];
                    if (community[u] != c)
                    {
                        continue;
                    }
                    int r = refined[u];
                    if (linkTo[r] == 0)
                    {
                        candidates[touched++] = r;
                    }
                    linkTo[r] += (weights is null ? 1 : weights[a]);
                }
                int own = refined[v];
                int bestTarget = own;
                double bestGain = 0;
                double bestLink = 0;
                for (int j = slots; j < touched; j++)
                {
                    int r = candidates[j];
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
                int j;
                while ((j = Interlocked.Increment(ref taken)) < communities)
                {
                    MergeNodesSubset(bySize[j]);
                }
            });
        }
        else
        {
            for (int c = 0; c < communities; c++)
            {
                MergeNodesSubset(c);
            }
        }
        return Leiden.RenumberInPlace(refined, n, work.Map);
    }
}
