namespace Analytics.Graphs;

/// <summary>Runs independent per-row work on fixed row blocks in parallel; small inputs run inline.</summary>
/// <remarks>The blocks are fixed whatever the core count, so work that writes only its own rows gives the same
/// result on any machine.</remarks>
internal static class RowBlocks
{
    private const int Blocks = 64;
    private const int ParallelThreshold = 50_000;

    public static void For(int n, Action<int> row)
    {
        if (n < ParallelThreshold)
        {
            for (int u = 0; u < n; u++)
            {
                row(u);
            }
            return;
        }
        Parallel.For(0, Blocks, k =>
        {
            for (int u = (int)((long)n * k / Blocks), end = (int)((long)n * (k + 1) / Blocks); u < end; u++)
            {
                row(u);
            }
        });
    }

    /// <summary>
    /// Runs <paramref name="block"/> on the fixed row ranges with one state per worker, handed to
    /// <paramref name="merge"/> at the end (one at a time). For sums whose order does not matter, such as counts.
    /// </summary>
    public static void ForBlocks<TLocal>(int n, Func<TLocal> create, Action<int, int, TLocal> block, Action<TLocal> merge)
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
            block((int)((long)n * k / Blocks), (int)((long)n * (k + 1) / Blocks), local);
            return local;
        }, merge);
    }
}
