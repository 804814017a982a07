using Analytics.Sampling;

namespace Analytics.Community;

/// <summary>
/// Leiden's fast local moving (Traag, Waltman and van Eck, Scientific Reports 9, 5233, 2019, Algorithm A.2
/// MoveNodesFast) for large networks: the queue is served in fixed-size batches whose moves are chosen in
/// parallel and applied in queue order.
/// </summary>
/// <remarks>
/// <para>On 10M ties a visit is dominated by cache misses on the community array, so the choice (reading the
/// row and summing the weight to each neighbouring community) is what is worth spreading over cores. Each worker
/// chooses for its share of a batch against the state at the start of the batch, with its own dense accumulator
/// (as in GVE-Louvain: S. Sahu, "GVE-Louvain: Fast Louvain Algorithm for Community Detection in Shared Memory
/// Setting", arXiv 2312.04876, 2023, which also caps the passes). The choices are then applied one by one in
/// queue order, each re-checked against the current community totals, and moved nodes requeue their neighbours
/// as in the sequential algorithm.</para>
/// <para>A choice depends only on the snapshot, never on which worker made it, and batches have a fixed size,
/// so a seed gives the same partition on any number of cores. A neighbour that moved earlier in the same batch
/// is seen where it was; with batches of a few thousand nodes out of a million that is rare, and the moved
/// neighbour requeues the node anyway.</para>
/// </remarks>
internal static class BatchedLocalMoving
{
    // Nodes per batch: large enough to amortise the fork and join, small enough that stale reads are rare.
    public const int DefaultBatchSize = 4096;

    // Cap on visits, in multiples of the node count: with stale choices a move is not guaranteed to gain, so
    // the queue could in principle cycle. The 10M-tie bench graph needs about 2.2 visits per node.
    private const int MaxVisitsPerNode = 32;

    // Returns the number of non-empty communities; renumbers them 0..k-1.
    public static int MoveNodes(WeightedNetwork g, int[] community, double resolution, double twoM, SeededRandom random, LeidenWorkspace work, int batchSize, int parallelism)
    {
        int n = g.NodeCount;
        var offsets = g.Offsets;
        var targets = g.Targets;
        var strength = g.Strength;
        var total = work.Total;
        var size = work.Size;
        var queue = work.Queue;
        var queued = work.Queued;
        var emptyIds = work.EmptyIds;
        Array.Clear(total, 0, n);
        Array.Clear(size, 0, n);
        for (int v = 0; v < n; v++)
        {
            total[community[v]] += strength[v];
            size[community[v]]++;
        }
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
        Array.Fill(queued, true, 0, n);
        int head = 0;
        int pending = n;
        double scale = resolution / twoM;
        var batch = new int[batchSize];
        var choice = new int[batchSize];       // chosen community, or −1 for "an empty one"
        var linkChoice = new double[batchSize];
        var linkStay = new double[batchSize];
        int workers = parallelism;
        var accumulators = work.Accumulators(workers);
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers };
        long visits = 0;
        long maxVisits = (long)MaxVisitsPerNode * n;

        while (pending > 0 && visits < maxVisits)
        {
            int count = Math.Min(batchSize, pending);
            for (int i = 0; i < count; i++)
            {
                int v = queue[head];
                head = head + 1 == n ? 0 : head + 1;
                queued[v] = false;
                batch[i] = v;
            }
            pending -= count;
            visits += count;

            // A small last batch is not worth a fork.
            int parts = count < 256 ? 1 : workers;

            void Choose(int part)
            {
                var linkTo = accumulators[part].LinkTo;
                var candidates = accumulators[part].Candidates;
                int from = (int)((long)count * part / parts);
                int to = (int)((long)count * (part + 1) / parts);
                for (int i = from; i < to; i++)
                {
                    int v = batch[i];
                    int current = community[v];
                    double kv = strength[v];
                    int touched = 0;
                    for (int a = offsets[v]; a < offsets[v + 1]; a++)
                    {
                        int c = community[targets[a]];
                        double before = linkTo[c];
                        candidates[touched] = c;
                        touched += before == 0 ? 1 : 0;
                        linkTo[c] = before + g.Weight(a);
                    }
                    double kvScale = kv * scale;
                    double stay = linkTo[current];
                    int best = current;
                    double bestGain = stay - kvScale * (total[current] - kv);
                    for (int j = 0; j < touched; j++)
                    {
                        int c = candidates[j];
                        double gain = linkTo[c] - kvScale * (c == current ? total[c] - kv : total[c]);
                        if (gain > bestGain)
                        {
                            bestGain = gain;
                            best = c;
                        }
                    }
                    choice[i] = bestGain < 0 ? -1 : best;
                    linkChoice[i] = bestGain < 0 ? 0 : linkTo[best];
                    linkStay[i] = stay;
                    for (int j = 0; j < touched; j++)
                    {
                        linkTo[candidates[j]] = 0;
                    }
                    linkTo[current] = 0;
                }
            }

            if (parts == 1)
            {
                Choose(0);
            }
            else
            {
                Parallel.For(0, parts, options, Choose);
            }

            for (int i = 0; i < count; i++)
            {
                int v = batch[i];
                int current = community[v];
                double kv = strength[v];
                double kvScale = kv * scale;
                total[current] -= kv;
                if (--size[current] == 0)
                {
                    emptyIds[empties++] = current;
                }
                int best = current;
                double bestGain = linkStay[i] - kvScale * total[current];
                int chosen = choice[i];
                // A chosen community that emptied earlier in the batch holds none of v's weight any more; empty
                // communities are only ever taken from the top of the stack.
                if (chosen >= 0 && chosen != current && size[chosen] > 0)
                {
                    double gain = linkChoice[i] - kvScale * total[chosen];
                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        best = chosen;
                    }
                }
                if (bestGain < 0)
                {
                    best = emptyIds[empties - 1];
                }
                if (best == emptyIds[empties - 1] && size[best] == 0)
                {
                    empties--;
                }
                total[best] += kv;
                size[best]++;
                community[v] = best;
                if (best != current)
                {
                    int tail = head + pending;
                    for (int a = offsets[v]; a < offsets[v + 1]; a++)
                    {
                        int u = targets[a];
                        if (!queued[u] && community[u] != best)
                        {
                            queued[u] = true;
                            queue[tail >= n ? tail - n : tail] = u;
                            tail++;
                            pending++;
                        }
                    }
                }
            }
        }
        return Leiden.RenumberInPlace(community, n, work.Map);
    }
}
