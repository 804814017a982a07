using Analytics.Graphs;

namespace Analytics.Metrics;

/// <summary>The attribute mixing matrix of a grouped tie graph, in tie-end counts.</summary>
/// <remarks>
/// <para>Entry (a, b) counts the arcs from a member of group a to a member of group b, each undirected tie read from
/// both ends, so the matrix is symmetric; divided by its sum it is Newman's e_ab (M. E. J. Newman, "Mixing patterns
/// in networks", Phys. Rev. E 67, 026126, 2003). Nodes without a group are left out with their ties; ties are
/// unweighted. An undirected graph has no self-ties (GraphBuilder, TieGraphCsr and GraphViews drop them), so the
/// diagonal counts each tie within a group twice.</para>
/// <para>The E-I index, group modularity, Coleman homophily and categorical assortativity all read off this matrix,
/// so a report that needs all of them makes one pass over the ties instead of one each. The pass runs on fixed row
/// blocks in parallel; the counts are integers, so the result is exact whatever the order.</para>
/// </remarks>
public sealed class MixingMatrix
{
    private const long MaxEntries = 1 << 22; // 2,048 groups: 32 MB of counts per worker
    private readonly long[] _arcs;
    private readonly long[] _size;

    private MixingMatrix(int groups, long[] arcs, long[] size)
    {
        Groups = groups;
        _arcs = arcs;
        _size = size;
        foreach (long s in size)
        {
            Users += s;
        }
        foreach (long a in arcs)
        {
            TotalArcs += a;
        }
    }

    /// <summary>One past the largest group label.</summary>
    public int Groups { get; }

    /// <summary>Grouped nodes.</summary>
    public long Users { get; }

    /// <summary>Arcs between grouped nodes (each tie twice).</summary>
    public long TotalArcs { get; }

    /// <summary>Ties between grouped nodes.</summary>
    public long Ties => TotalArcs / 2;

    /// <summary>Arcs from group <paramref name="a"/> to group <paramref name="b"/>.</summary>
    public long Arcs(int a, int b) => _arcs[a * Groups + b];

    /// <summary>Members of group <paramref name="a"/>.</summary>
    public long Size(int a) => _size[a];

    /// <summary>Tie ends held by group <paramref name="a"/>'s members towards grouped nodes (the row sum).</summary>
    public long Ends(int a)
    {
        long sum = 0;
        for (int b = 0; b < Groups; b++)
        {
            sum += _arcs[a * Groups + b];
        }
        return sum;
    }

    /// <summary>Ties between members of group <paramref name="a"/>.</summary>
    public long InternalTies(int a) => Arcs(a, a) / 2;

    /// <summary>Ties from group <paramref name="a"/> to other groups.</summary>
    public long ExternalTies(int a) => Ends(a) - Arcs(a, a);

    /// <summary>Counts the matrix of <paramref name="graph"/>'s undirected view.</summary>
    /// <param name="graph">The tie graph (a directed graph is read through its undirected view).</param>
    /// <param name="group">Group label per node; negative = no attribute.</param>
    public static MixingMatrix Compute(Graph graph, ReadOnlySpan<int> group)
    {
        var g = TieGraphs.Undirected(graph);
        TieGraphs.CheckLength(g, group.Length, nameof(group));
        var (_, k) = TieGraphs.Groups(group);
        if ((long)k * k > MaxEntries)
        {
            throw new ArgumentException($"A mixing matrix is for attributes with few values; labels reach {k}.", nameof(group));
        }
        var labels = group.ToArray();
        var arcs = new long[k * k];
        var size = new long[k];
        var gate = new object();
        RowBlocks.ForRanges(g.NodeCount, () => new Counts(k), (start, end, local) =>
        {
            for (int u = start; u < end; u++)
            {
                int gu = labels[u];
                if (gu < 0)
                {
                    continue;
                }
                local.Size[gu]++;
                int row = gu * k;
                foreach (int v in g.Neighbors(u))
                {
                    int gv = labels[v];
                    if (gv >= 0)
                    {
                        local.Arcs[row + gv]++;
                    }
                }
            }
        }, local =>
        {
            lock (gate)
            {
                Add(arcs, local.Arcs);
                Add(size, local.Size);
            }
        });
        return new MixingMatrix(k, arcs, size);
    }

    private static void Add(long[] total, long[] part)
    {
        for (int i = 0; i < total.Length; i++)
        {
            total[i] += part[i];
        }
    }

    private sealed class Counts(int k)
    {
        public readonly long[] Arcs = new long[k * k];
        public readonly long[] Size = new long[k];
    }
}
