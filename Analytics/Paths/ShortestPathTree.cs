namespace Analytics.Paths;

/// <summary>
/// Hop distances and parents from one source, as produced by <see cref="BreadthFirstSearch.Run"/>.
/// </summary>
/// <param name="Source">The start node.</param>
/// <param name="Distance">Hops from the source; -1 for unreached nodes.</param>
/// <param name="Parent">The previous node on one shortest path; -1 for the source and unreached nodes.</param>
public sealed record ShortestPathTree(int Source, int[] Distance, int[] Parent)
{
    /// <summary>The nodes of a shortest path from the source to <paramref name="target"/>, or null when unreached.</summary>
    public int[]? PathTo(int target)
    {
        if (Distance[target] < 0)
        {
            return null;
        }
        return Walk(Parent, Source, target, Distance[target]);
    }

    internal static int[] Walk(int[] parent, int source, int target, int hops)
    {
        var path = new int[hops + 1];
        int v = target;
        for (int i = hops; i >= 0; i--)
        {
            path[i] = v;
            v = parent[v];
        }
        if (path[0] != source)
        {
            throw new InvalidOperationException("Parent chain does not lead back to the source.");
        }
        return path;
    }
}
