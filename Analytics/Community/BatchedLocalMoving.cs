using System.Numerics;
using Analytics.Graphs;

namespace Analytics.Community;

/// <summary>
/// Leiden's fast local moving (Traag, Waltman and van Eck, Scientific Reports 9, 5233, 2019, Algorithm A.2
/// MoveNodesFast) for large networks: queued nodes are taken in fixed-size batches whose moves are chosen in
/// parallel and applied in order.
/// </summary>
/// <remarks>
/// <para>On 10M ties a visit is dominated by cache misses, so the choice (reading the row and summing the weight
/// to each neighbouring community) is what is worth spreading over cores. Each worker chooses for the chunks of a
/// batch that it takes, against the state at the start of the batch, with its own dense accumulator (as in
/// GVE-Louvain: S. Sahu, "GVE-Louvain: Fast Louvain Algorithm for Community Detection in Shared Memory Setting", arXiv 2312.04876, 2023,
/// which also caps the passes). The choices are then applied one by one, each re-checked against the current
/// community totals, and moved nodes requeue their neighbours as in the sequential algorithm; the scans for those
/// neighbours run in parallel again.</para>
/// <para>The queue is served in node order: the next batch is the next queued nodes at or after where the last
/// one ended, wrapping around (the caller numbers the input nodes in a seeded random order, so the first pass is
/// the paper's random order). A FIFO of requeued nodes visited rows scattered over the whole arc array, and on 10M
/// ties each row cost a cache miss before its first arc; in node order rows are read in memory order, and the
/// first pass streams the arrays.</para>
/// <para>A choice depends only on the snapshot, never on which worker made it, and batches have a fixed size,
/// so the partition is the same on any number of cores. A neighbour that moved earlier in the same batch is seen
/// where it was; with batches of a few thousand nodes out of a million that is rare, and the moved neighbour
/// requeues the node anyway.</para>
/// </remarks>
internal static class BatchedLocalMoving
{
    // Nodes per batch: large enough to amortise the fork and join, small enough that stale reads are rare.
    public const int DefaultBatchSize = 4096;

    // Cap on visits, in multiples of the node count, in case rounding lets single moves cycle. The 10M-tie bench
    // graph needs about 2.3 visits per node.
    private const int MaxVisitsPerNode = 32;

    // Below this many queued nodes, or from this many visits per node on, nodes are taken one at a time.
    private const int SequentialBelow = 256;
    private const int SequentialAfterVisitsPerNode = 4;

    // Chunks per worker that a batch is cut into.
    private const int ChunksPerWorker = 4;

    private const byte Idle = LeidenWorkspace.Idle, Queued = LeidenWorkspace.Queued, InBatch = LeidenWorkspace.InBatch;

    // Returns the number of non-empty communities and renumbers them 0..k-1; visits counts the nodes taken from the
    // queue, repeats included.
    public static int MoveNodes(WeightedNetwork g, int[] community, double resolution, double twoM, LeidenWorkspace work, int batchSize, int parallelism, out long visits) =>
        g.Weights is null
            ? MoveNodes(g, community, resolution, twoM, work.UnitTotal(), work.UnitAccumulators(parallelism), work, batchSize, parallelism, out visits)
            : MoveNodes(g, community, resolution, twoM, work.Total, work.Accumulators(parallelism), work, batchSize, parallelism, out visits);

    // T is int on the unit-weight input level, where weights, strengths and community totals are whole numbers
    // below 2^31 (2m is the arc count), so every sum is exact and the partition is the one double would give; it
    // halves the accumulator and totals that each visit reads at random. T is double on aggregated levels.
    private static int MoveNodes<T>(WeightedNetwork g, int[] community, double resolution, double twoM, T[] total, T[][] accumulators, LeidenWorkspace work, int batchSize, int parallelism, out long visits)
        where T : unmanaged, INumber<T>
    {
        int n = g.NodeCount;
        var offsets = g.Offsets;
        var targets = g.Targets;
        var strength = g.Strength;
        var weights = g.Weights;
        var size = work.Size;
        var state = work.QueueState;
        var batchPosition = work.BatchPosition; // for nodes InBatch: their index in the batch
        var emptyIds = work.EmptyIds;
        Array.Clear(total, 0, n);
        Array.Clear(size, 0, n);
        for (int v = 0; v < n; v++)
        {
            total[community[v]] += T.CreateTruncating(strength[v]);
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
        Array.Fill(state, Queued, 0, n);
        int position = 0;
        int pending = n;
        double scale = resolution / twoM;
        var batch = new int[batchSize];
        var choice = new int[batchSize];       // chosen community, or −1 for "an empty one"
        var linkChoice = new T[batchSize];
        var linkStay = new T[batchSize];
        var moved = new bool[batchSize];
        int workers = parallelism;
        // A batch is cut into chunks of about equal arcs, which the workers take as they come free: with halves,
        // one worker waited ~10 % of a level-1 choice for the other (degrees are heavy-tailed, and on a shared host a
        // core can stall); a worker that stalls now holds up only its current chunk.
        int chunks = workers == 1 ? 1 : ChunksPerWorker * workers;
        var chunkStart = new int[chunks + 1];
        var gathered = new int[chunks][];      // per chunk: the community of every arc of its nodes
        var requeue = new int[chunks][];       // per chunk: requeue candidates of its nodes, in batch order
        var requeueCount = new int[chunks];
        for (int w = 0; w < chunks; w++)
        {
            gathered[w] = new int[1 << 14];
            requeue[w] = new int[1 << 14];
        }
        long taken = 0;
        long maxVisits = (long)MaxVisitsPerNode * n;
        // Two parallel steps a batch, ~1,100 a round on 10M ties: run by a team that stays awake between them.
        using var team = new WorkerTeam(workers);

        while (pending > 0 && taken < maxVisits)
        {
            // Near the end of the queue, and after a few visits per node, nodes are taken one at a time. Choices made
            // against the state of a whole batch can swap a few nodes back and forth for ever (on generated networks
            // of 20,000 to 100,000 nodes, 22 of 54 runs went on to the visit cap); a choice made against the current
            // state always gains, so the queue drains, as in the sequential algorithm.
            int count = pending < SequentialBelow || taken >= (long)SequentialAfterVisitsPerNode * n ? 1 : Math.Min(batchSize, pending);
            long batchArcs = 0;
            for (int i = 0; i < count; i++)
            {
                int v = NextQueued(state, n, ref position);
                state[v] = InBatch;
                batchPosition[v] = i;
                batch[i] = v;
                batchArcs += offsets[v + 1] - offsets[v];
            }
            pending -= count;
            taken += count;

            // A small batch is not worth a fork.
            int chunkCount = count < 256 ? 1 : chunks;
            chunkStart[0] = 0;
            int cut = 1;
            long seen = 0;
            for (int i = 0; i < count && cut < chunkCount; i++)
            {
                seen += offsets[batch[i] + 1] - offsets[batch[i]];
                while (cut < chunkCount && seen * chunkCount >= batchArcs * cut)
                {
                    chunkStart[cut++] = i + 1;
                }
            }
            while (cut <= chunkCount)
            {
                chunkStart[cut++] = count;
            }

            void Choose(int chunk, int worker)
            {
                var linkTo = accumulators[worker];
                int from = chunkStart[chunk];
                int to = chunkStart[chunk + 1];
                // First every arc's community, in a loop of independent loads whose cache misses overlap; summed
                // inside the loop below, each miss waited behind the previous arc's accumulator update.
                long arcs = 0;
                for (int i = from; i < to; i++)
                {
                    arcs += offsets[batch[i] + 1] - offsets[batch[i]];
                }
                var of = gathered[chunk];
                if (of.Length < arcs)
                {
                    of = gathered[chunk] = new int[Math.Max(arcs, 2L * of.Length)];
                }
                int k = 0;
                for (int i = from; i < to; i++)
                {
                    int v = batch[i];
                    for (int a = offsets[v]; a < offsets[v + 1]; a++)
                    {
                        of[k++] = community[targets[a]];
                    }
                }
                k = 0;
                for (int i = from; i < to; i++)
                {
                    int v = batch[i];
                    int current = community[v];
                    T kv = Strength(v);
                    int first = k;
                    int last = k + (offsets[v + 1] - offsets[v]);
                    if (weights is null)
                    {
                        for (; k < last; k++)
                        {
                            linkTo[of[k]] += T.One;
                        }
                    }
                    else
                    {
                        for (int a = offsets[v]; k < last; k++, a++)
                        {
                            linkTo[of[k]] += T.CreateTruncating(weights[a]);
                        }
                    }
                    double kvScale = double.CreateTruncating(kv) * scale;
                    T stay = linkTo[current];
                    int best = current;
                    T bestLink = stay;
                    double bestGain = double.CreateTruncating(stay) - kvScale * double.CreateTruncating(total[current] - kv);
                    linkTo[current] = T.Zero;
                    // The candidates are the gathered communities themselves, each read once and cleared: a repeat
                    // reads zero and cannot beat its first appearance (nor can the current community, cleared above).
                    // A list of the touched ids instead made every append's address wait for the previous arc's
                    // accumulator miss, and the misses stopped overlapping.
                    for (int j = first; j < last; j++)
                    {
                        int c = of[j];
                        T link = linkTo[c];
                        linkTo[c] = T.Zero;
                        double gain = double.CreateTruncating(link) - kvScale * double.CreateTruncating(total[c]);
                        if (gain > bestGain)
                        {
                            bestGain = gain;
                            best = c;
                            bestLink = link;
                        }
                    }
                    choice[i] = bestGain < 0 ? -1 : best;
                    linkChoice[i] = bestGain < 0 ? T.Zero : bestLink;
                    linkStay[i] = stay;
                }
            }

            team.ForChunks(chunkCount, Choose);

            for (int i = 0; i < count; i++)
            {
                int v = batch[i];
                int current = community[v];
                T kv = Strength(v);
                double kvScale = double.CreateTruncating(kv) * scale;
                total[current] -= kv;
                if (--size[current] == 0)
                {
                    emptyIds[empties++] = current;
                }
                int best = current;
                double bestGain = double.CreateTruncating(linkStay[i]) - kvScale * double.CreateTruncating(total[current]);
                int chosen = choice[i];
                // A chosen community that emptied earlier in the batch holds none of v's weight any more; empty
                // communities are only ever taken from the top of the stack.
                if (chosen >= 0 && chosen != current && size[chosen] > 0)
                {
                    double gain = double.CreateTruncating(linkChoice[i]) - kvScale * double.CreateTruncating(total[chosen]);
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
                moved[i] = best != current;
            }

            // The sequential algorithm requeues a moved node's neighbours that are neither queued nor in its new
            // community at the moment it moves. That moment is reconstructed rather than replayed (a neighbour later
            // in the batch was still in its previous community), so the scans run in parallel chunks. Judging every
            // scan against the state after the whole batch instead let nodes that swap communities in the same
            // batch requeue one another for ever. Reading the gathered snapshot instead of each neighbour's current
            // community took the level-1 scans on 10M ties from 0.51-0.71 s to 0.31-0.62 s.
            void Collect(int chunk, int worker)
            {
                int from = chunkStart[chunk];
                int to = chunkStart[chunk + 1];
                var list = requeue[chunk];
                int m = 0;
                // The chunk's communities as choosing gathered them (same chunks, same order): a neighbour's
                // community at the batch's start, which is its community when v moved unless it is in the batch
                // before v.
                var snapshot = gathered[chunk];
                int k = 0;
                for (int i = from; i < to; i++)
                {
                    int v = batch[i];
                    int start = offsets[v];
                    int end = offsets[v + 1];
                    if (!moved[i])
                    {
                        k += end - start;
                        continue;
                    }
                    int c = community[v];
                    if (list.Length - m < end - start)
                    {
                        Array.Resize(ref list, Math.Max(2 * list.Length, m + end - start));
                    }
                    for (int a = start; a < end; a++, k++)
                    {
                        int u = targets[a];
                        byte s = state[u];
                        int cu = snapshot[k];
                        if (s == InBatch && batchPosition[u] < i)
                        {
                            cu = community[u];
                        }
                        list[m] = u;
                        m += (s != Queued) & (cu != c) ? 1 : 0;
                    }
                }
                requeue[chunk] = list;
                requeueCount[chunk] = m;
            }

            team.ForChunks(chunkCount, Collect);
            for (int i = 0; i < count; i++)
            {
                state[batch[i]] = Idle;
            }
            for (int chunk = 0; chunk < chunkCount; chunk++)
            {
                var list = requeue[chunk];
                for (int j = 0; j < requeueCount[chunk]; j++)
                {
                    int u = list[j];
                    if (state[u] != Queued)
                    {
                        state[u] = Queued;
                        pending++;
                    }
                }
            }
        }
        visits = taken;
        return Leiden.RenumberInPlace(community, n, work.Map);

        // The first queued node at or after position, wrapping around; moves position past it.
        static int NextQueued(byte[] state, int n, ref int position)
        {
            int at = state.AsSpan(position, n - position).IndexOf(Queued);
            if (at < 0)
            {
                position = 0;
                at = state.AsSpan(0, n).IndexOf(Queued);
            }
            int v = position + at;
            position = v + 1 == n ? 0 : v + 1;
            return v;
        }

        T Strength(int v) => weights is null ? T.CreateTruncating(offsets[v + 1] - offsets[v]) : T.CreateTruncating(strength[v]);
    }
}
