namespace Analytics.Community;

/// <summary>
/// Scratch arrays for one Leiden run, sized for the input network and reused by every level and round:
/// levels only shrink, so nothing is allocated per level or per round except the aggregate networks, whose
/// arcs live in two buffers that alternate between levels (a level reads one and writes the other), and the shuffled
/// input network.
/// </summary>
/// <remarks>
/// <para>Before this, each level allocated its own arrays: on 10M ties that was gigabytes of garbage per round.</para>
/// <para>Runs also pass one workspace on to the next (<see cref="Rent"/>, <see cref="Return"/>), as ArrayPool passes
/// arrays on. On 10M ties a fresh workspace is ~300 MB of new large objects per run, and allocating them, touching
/// their pages and collecting the last run's cost as much as the first level's local moving at times: alternated
/// scratch runs of plain Louvain (seeds 1–3) took 0.59–0.80 s with a workspace passed on against 0.65–1.54 s with a
/// fresh one, and on a busier host 0.83–1.36 s against 1.18–2.63 s. Every array is already left fit for a next level
/// (the accumulators all zero, the rest overwritten or cleared before it is read), so a next run can start on it
/// too. An idle workspace is dropped after a minute, so a service does not hold it for good.</para>
/// </remarks>
internal sealed class LeidenWorkspace
{
    // How long an idle workspace is kept for the next run before it is left to the collector.
    private static readonly TimeSpan IdleRelease = TimeSpan.FromSeconds(60);
    private static LeidenWorkspace? parked;
    private static readonly Timer releaseTimer = new(_ => Interlocked.Exchange(ref parked, null));

    /// <summary>The idle workspace when it is large enough for <paramref name="n"/> nodes, else a new one.</summary>
    public static LeidenWorkspace Rent(int n)
    {
        var taken = Interlocked.Exchange(ref parked, null);
        return taken is not null && taken.Capacity >= n ? taken : new LeidenWorkspace(n);
    }

    /// <summary>Keeps <paramref name="work"/> for the next run, unless a larger one is kept already (two runs returning
    /// at once may keep either: it is only a cache). Only for a run that finished: one that threw may have left an
    /// accumulator dirty.</summary>
    public static void Return(LeidenWorkspace work)
    {
        if (Volatile.Read(ref parked) is not { } kept || kept.Capacity < work.Capacity)
        {
            Volatile.Write(ref parked, work);
        }
        releaseTimer.Change(IdleRelease, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The largest node count this workspace serves.</summary>
    public int Capacity => Total.Length;

    public LeidenWorkspace(int n)
    {
        Total = new double[n];
        Size = new int[n];
        LinkTo = new double[n];
        Candidates = new int[n];
        Queue = new int[n];
        QueueState = new byte[n];
        BatchPosition = new int[n];
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
    /// <summary>Each node <see cref="Idle"/>, <see cref="Queued"/> or (batched local moving) <see cref="InBatch"/>.</summary>
    public byte[] QueueState { get; }
    public const byte Idle = 0, Queued = 1, InBatch = 2;
    /// <summary>Batched local moving: a node's index in the current batch, while it is in it.</summary>
    public int[] BatchPosition { get; }
    public int[] EmptyIds { get; }

    /// <summary>One dense accumulator per worker of the batched local moving (all zero between visits); the first is
    /// <see cref="LinkTo"/>.</summary>
    public double[][] Accumulators(int workers)
    {
        if (accumulators is null || accumulators.Length < workers)
        {
            var grown = new double[workers][];
            grown[0] = LinkTo;
            for (int w = 1; w < workers; w++)
            {
                grown[w] = accumulators is not null && w < accumulators.Length ? accumulators[w] : new double[LinkTo.Length];
            }
            accumulators = grown;
        }
        return accumulators;
    }

    /// <summary>Whole-number accumulators for the unit-weight input level.</summary>
    public int[][] UnitAccumulators(int workers)
    {
        if (unitAccumulators is null || unitAccumulators.Length < workers)
        {
            var grown = new int[workers][];
            for (int w = 0; w < workers; w++)
            {
                grown[w] = unitAccumulators is not null && w < unitAccumulators.Length ? unitAccumulators[w] : new int[LinkTo.Length];
            }
            unitAccumulators = grown;
        }
        return unitAccumulators;
    }

    /// <summary>K_C as a whole number, for the unit-weight input level (2m fits an int there: it is the arc count).</summary>
    public int[] UnitTotal() => unitTotal ??= new int[Total.Length];

    private double[][]? accumulators;
    private int[][]? unitAccumulators;
    private int[]? unitTotal;

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

    // Aggregation and renumbering: buffers 0 and 1 are used alternately by the levels, buffer 2 holds the input in
    // shuffled order for the whole run; each array is grown on demand on its own (a renumbered unit-weight network
    // needs targets only).
    private readonly int[]?[] arcTargets = new int[]?[3];
    private readonly double[]?[] arcWeights = new double[]?[3];

    /// <summary>Aggregation: each arc's target group, at least <paramref name="length"/> long.</summary>
    public int[] MappedTargets(int length) => mappedTargets is { } mapped && mapped.Length >= length ? mapped : mappedTargets = new int[length];

    private int[]? mappedTargets;

    /// <summary>Aggregation: the slot and stamp arrays of merge part <paramref name="part"/>, at least
    /// <paramref name="groups"/> long; part 0 uses <see cref="Candidates"/> and <see cref="EmptyIds"/>. Called
    /// before the parts start, never from them.</summary>
    public (int[] Slot, int[] Stamp) MergeSlots(int part, int groups)
    {
        if (part == 0)
        {
            return (Candidates, EmptyIds);
        }
        while (mergeSlots.Count < part)
        {
            mergeSlots.Add((new int[groups], new int[groups]));
        }
        if (mergeSlots[part - 1].Slot.Length < groups)
        {
            mergeSlots[part - 1] = (new int[groups], new int[groups]);
        }
        return mergeSlots[part - 1];
    }

    private readonly List<(int[] Slot, int[] Stamp)> mergeSlots = [];

    /// <summary>Buffer <paramref name="buffer"/>'s arc targets, at least <paramref name="length"/> long.</summary>
    public int[] ArcTargets(int buffer, int length) =>
        arcTargets[buffer] is { } targets && targets.Length >= length ? targets : arcTargets[buffer] = new int[length];

    /// <summary>Buffer <paramref name="buffer"/>'s arc weights, at least <paramref name="length"/> long.</summary>
    public double[] ArcWeights(int buffer, int length) =>
        arcWeights[buffer] is { } weights && weights.Length >= length ? weights : arcWeights[buffer] = new double[length];
}

