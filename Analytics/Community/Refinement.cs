using Analytics.Sampling;

namespace Analytics.Community;

/// <summary>
/// Leiden's refinement phase (Traag, Waltman and van Eck, Scientific Reports 9, 5233, 2019, Algorithm
/// A.2 RefinePartition and MergeNodesSubset): inside each community, well-connected single nodes merge
/// into well-connected sub-communities, so that every refined community is connected.
/// </summary>
internal static class Refinement
{
    // Algorithm A.2 RefinePartition / MergeNodesSubset with greedy (θ → 0) merges.
    public static (int[] Refined, int Count) Refine(WeightedNetwork g, int[] community, double resolution, double twoM, SeededRandom random)
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
        var numbered = Leiden.Renumber(refined);
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
}
