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
}
