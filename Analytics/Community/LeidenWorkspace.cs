namespace Analytics.Community;

/// <summary>
/// Scratch arrays for one Leiden run, sized for the input network and reused by every level and round:
/// levels only shrink, so nothing is allocated per level or per round except the aggregate networks, whose
/// arcs live in two buffers that alternate between levels (a level reads one and writes the other).
/// </summary>
/// <remarks>Before this, each level allocated its own arrays: on 10M ties that was gigabytes of garbage per round.</remarks>
internal sealed class LeidenWorkspace
{
    public LeidenWorkspace(int n)
    {
        Total = new double[n];
        Size = new int[n];
        LinkTo = new double[n];
        Candidates = new int[n];
        Queue = new int[n];
        Queued = new bool[n];
        EmptyIds = new int[n];
        Map = new int[n];
        Refined = new int[n];
        RefinedTotal = new double[n];
        RefinedOutside = new double[n];
        Singleton = new bool[n];
        CommunityTotal = new double[n];
        Order = new int[n];
        Bucket = new int[n + 1];
    }

    // Local moving.
    public double[] Total { get; }
    public int[] Size { get; }
    public double[] LinkTo { get; }
    public int[] Candidates { get; }
    public int[] Queue { get; }
    public bool[] Queued { get; }
    public int[] EmptyIds { get; }

    /// <summary>One dense accumulator per worker of the batched local moving; the first is <see cref="LinkTo"/>.</summary>
    public Accumulator[] Accumulators(int workers)
    {
        if (accumulators is null || accumulators.Length < workers)
        {
            var grown = new Accumulator[workers];
            grown[0] = new Accumulator(LinkTo, Candidates);
            for (int w = 1; w < workers; w++)
            {
                grown[w] = accumulators is not null && w < accumulators.Length
                    ? accumulators[w]
                    : new Accumulator(new double[LinkTo.Length], new int[LinkTo.Length]);
            }
            accumulators = grown;
        }
        return accumulators;
    }

    private Accumulator[]? accumulators;

    // Renumbering.
    public int[] Map { get; }

    // Refinement.
    public int[] Refined { get; }
    public double[] RefinedTotal { get; }
    public double[] RefinedOutside { get; }
    public bool[] Singleton { get; }
    public double[] CommunityTotal { get; }
    public int[] Order { get; }
    public int[] Bucket { get; }

    // Aggregation: two arc buffers used alternately; null until the first aggregation sizes them.
    public int[]?[] ArcTargets { get; } = new int[]?[2];
    public double[]?[] ArcWeights { get; } = new double[]?[2];
}

/// <summary>Weight to each community (all zero between visits) and the list of touched ids.</summary>
internal sealed record Accumulator(double[] LinkTo, int[] Candidates);
