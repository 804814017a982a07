namespace Network.Api.Schema.Relay;

/// <summary>A page of a list as the Relay cursor-connection spec shapes it; edges and nodes hold the same items.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, IReadOnlyList<T> Nodes, PageInfo PageInfo, int TotalCount)
{
    /// <summary>Pairs each item with the cursor of its key; items whose node no longer exists are left out.</summary>
    public static Connection<T> From(IReadOnlyList<long> keys, IReadOnlyList<T?> items, bool hasNextPage, bool hasPreviousPage, int totalCount)
    {
        var edges = new List<Edge<T>>(keys.Count);
        var nodes = new List<T>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (items[i] is not { } item) continue;
            edges.Add(new Edge<T>(Paging.Cursor(keys[i]), item));
            nodes.Add(item);
        }
        var info = new PageInfo(hasNextPage, hasPreviousPage, edges.Count > 0 ? edges[0].Cursor : null, edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, nodes, info, totalCount);
    }
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
