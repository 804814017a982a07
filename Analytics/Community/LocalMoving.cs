using Analytics.Sampling;

namespace Analytics.Community;

/// <summary>
/// Leiden's fast local moving phase (Traag, Waltman and van Eck, Scientific Reports 9, 5233, 2019,
/// Algorithm A.2 MoveNodesFast): a queue of nodes, each moved to the community with the best
/// modularity gain; only the neighbours of moved nodes are revisited.
/// </summary>
/// <remarks>
/// The paper's queue makes the phase cost proportional to the nodes that can still gain rather than to full
/// sweeps (its Fig. 6: fast local moving is what makes Leiden faster than Louvain). Here the queue is a ring
/// buffer of n slots (a node is in it at most once, so it never overflows); the weights from the current node
/// to each neighbouring community are summed in a dense array indexed by community id, and a list of the
/// touched ids resets it, so a visit costs O(degree) and allocates nothing (the "dense accumulator" of sparse
/// matrix codes; Gilbert, Moler and Schreiber, SIAM J. Matrix Anal. Appl. 13(1), 1992, §3.1).
/// </remarks>
internal static class LocalMoving
{
    // Algorithm A.2 MoveNodesFast. Returns the number of non-empty communities; renumbers them 0..k-1.
    public static int MoveNodesFast(WeightedNetwork g, int[] community, double resolution, double twoM, SeededRandom random, LeidenWorkspace work)
    {
        int n = g.NodeCount;
        var offsets = g.Offsets;
        var targets = g.Targets;
        var weights = g.Weights;
        var strength = g.Strength;
        var total = work.Total;           // K_C, indexed by community id (ids < n)
        var size = work.Size;
        var linkTo = work.LinkTo;         // all zero between visits
        var candidates = work.Candidates;
        var queue = work.Queue;
        var state = work.QueueState;
        var emptyIds = work.EmptyIds;
        Array.Clear(total, 0, n);
        Array.Clear(size, 0, n);
        for (int v = 0; v < n; v++)
        {
            total[community[v]] += strength[v];
            size[community[v]]++;
        }
        // Stack of empty community ids, smallest on top.
        int empties = 0;
        for (int c = n - 1; c >= 0; c--)
        {
            if (size[c] == 0)
            {
                emptyIds[empties++] = c;
            }
        }
        for (int v = 0; v < n; v++)
        {
            queue[v] = v;
        }
        random.Shuffle(queue.AsSpan(0, n));
        Array.Fill(state, LeidenWorkspace.Queued, 0, n);
        int head = 0;
        int pending = n;
        double scale = resolution / twoM;

        while (pending > 0)
        {
            int v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            pending--;
            state[v] = LeidenWorkspace.Idle;
            int current = community[v];
            double kv = strength[v];
            int start = offsets[v];
            int end = offsets[v + 1];
            // Weights from v to each neighbouring community. Arc weights are positive, so a zero entry means
            // "not seen yet" (a zero-weight arc at worst lists its community twice, which changes nothing).
            int touched = 0;
            for (int a = start; a < end; a++)
            {
                int c = community[targets[a]];
                double before = linkTo[c];
                candidates[touched] = c;
                touched += before == 0 ? 1 : 0;
                linkTo[c] = before + (weights is null ? 1 : weights[a]);
            }
            // Take v out of its community, then compare gains k_{v,C} − γ k_v K_C / 2m.
            total[current] -= kv;
            if (--size[current] == 0)
            {
                emptyIds[empties++] = current;
            }
            int bestCommunity = current;
            double kvScale = kv * scale;
            double bestGain = linkTo[current] - kvScale * total[current];
            for (int i = 0; i < touched; i++)
            {
                int c = candidates[i];
                double gain = linkTo[c] - kvScale * total[c];
                linkTo[c] = 0;
                if (gain > bestGain)
                {
                    bestGain = gain;
                    bestCommunity = c;
                }
            }
            linkTo[current] = 0;
            if (bestGain < 0)
            {
                // Alone in an empty community the gain is 0.
                bestCommunity = emptyIds[empties - 1];
            }
            if (bestCommunity == emptyIds[empties - 1] && size[bestCommunity] == 0)
            {
                empties--;
            }
            total[bestCommunity] += kv;
            size[bestCommunity]++;
            community[v] = bestCommunity;
            if (bestCommunity != current)
            {
                int tail = head + pending;
                for (int a = start; a < end; a++)
                {
                    int u = targets[a];
                    if (state[u] != LeidenWorkspace.Queued && community[u] != bestCommunity)
                    {
                        state[u] = LeidenWorkspace.Queued;
                        queue[tail >= n ? tail - n : tail] = u;
                        tail++;
                        pending++;
                    }
                }
            }
        }
        return Leiden.RenumberInPlace(community, n, work.Map);
    }
}
