using Analytics.Sampling;

namespace Analytics.Community;

/// <summary>
/// Leiden's fast local moving phase (Traag, Waltman and van Eck, Scientific Reports 9, 5233, 2019,
/// Algorithm A.2 MoveNodesFast): a queue of nodes, each moved to the community with the best
/// modularity gain; only the neighbours of moved nodes are revisited.
/// </summary>
internal static class LocalMoving
{
    // Algorithm A.2 MoveNodesFast. Returns the number of non-empty communities; renumbers them 0..k-1.
    public static int MoveNodesFast(WeightedNetwork g, int[] community, double resolution, double twoM, SeededRandom random)
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
        var renumbered = Leiden.Renumber(community);
        Array.Copy(renumbered, community, n);
        int count = 0;
        foreach (int c in community)
        {
            count = Math.Max(count, c + 1);
        }
        return count;
    }
}
