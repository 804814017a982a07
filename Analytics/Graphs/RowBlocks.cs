namespace Analytics.Graphs;

/// <summary>Runs independent per-row work on fixed row blocks in parallel; small inputs run inline.</summary>
/// <remarks>The blocks are fixed whatever the core count, so work that writes only its own rows gives the same
/// result on any machine.</remarks>
internal static class RowBlocks
{
    private const int Blocks = 64;
    private const int ParallelThreshold = 50_000;

    public static void For(int n, Action<int> row) => ForRanges(n, (start, end) =>
    {
        for (int u = start; u < end; u++)
        {
            row(u);
        }
    });

    /// <summary>Runs <paramref name="range"/> on each fixed row range [start, end).</summary>
    public static void ForRanges(int n, Action<int, int> range)
    {
        if (n < ParallelThreshold)
        {
            range(0, n);
            return;
        }
        Parallel.For(0, Blocks, k => range(Start(n, k), Start(n, k + 1)));
    }

    private static int Start(int n, int block) => Start(n, block, Blocks);

    /// <summary>Where block <paramref name="block"/> of <paramref name="blocks"/> even blocks of 0..n-1 starts.</summary>
    public static int Start(int n, int block, int blocks) => (int)((long)n * block / blocks);

    /// <summary>
    /// Runs <paramref name="block"/> on the fixed row ranges with one state per worker, handed to
    /// <paramref name="merge"/> at the end (one at a time). For sums whose order does not matter, such as counts.
    /// </summary>
    public static void ForRanges<TLocal>(int n, Func<TLocal> create, Action<int, int, TLocal> block, Action<TLocal> merge)
    {
        if (n < ParallelThreshold)
        {
            var local = create();
            block(0, n, local);
            merge(local);
            return;
        }
        Parallel.For(0, Blocks, create, (k, _, local) =>
        {
            block(Start(n, k), Start(n, k + 1), local);
            return local;
        }, merge);
    }

    /// <summary>
    /// Runs <paramref name="block"/> on the fixed row ranges and adds the ranges' three partial sums in range order, so
    /// the sums do not depend on the core count.
    /// </summary>
    public static (double, double, double) Sum(int n, Func<int, int, (double, double, double)> block)
    {
        if (n < ParallelThreshold)
        {
            return block(0, n);
        }
        var partial = new (double, double, double)[Blocks];
        Parallel.For(0, Blocks, k => partial[k] = block(Start(n, k), Start(n, k + 1)));
        double first = 0, second = 0, third = 0;
        foreach (var (a, b, c) in partial)
        {
            first += a;
            second += b;
            third += c;
        }
        return (first, second, third);
    }

    /// <summary>
    /// Runs <paramref name="body"/>(chunk, worker) for every chunk 0..<paramref name="chunks"/>-1 on up to
    /// <paramref name="workers"/> workers, each taking the next chunk when it finishes one; worker ids are
    /// 0..workers-1, and no two chunks run on one worker at once, so per-worker scratch needs no lock.
    /// </summary>
    /// <remarks>Fixed halves made one worker wait for the other whenever the work was uneven or the host took a core
    /// for a while; with a few chunks per worker the wait is one chunk at most.</remarks>
    public static void ForChunks(int chunks, int workers, Action<int, int> body)
    {
        if (workers <= 1 || chunks <= 1)
        {
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                body(chunk, 0);
            }
            return;
        }
        int next = -1;
        Parallel.For(0, Math.Min(workers, chunks), new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            for (int chunk = Interlocked.Increment(ref next); chunk < chunks; chunk = Interlocked.Increment(ref next))
            {
                body(chunk, worker);
            }
        });
    }
}
