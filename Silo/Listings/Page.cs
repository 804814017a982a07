namespace Network.Silo.Listings;

/// <summary>
/// A forward page: at most <see cref="First"/> items whose key is greater than <see cref="After"/>. Keys are node
/// or collaboration ids, so a page stays stable while rows are added elsewhere in the list.
/// </summary>
public readonly record struct PageRequest(int First, long? After);

/// <summary>One page of a list, with the size of the whole list (as the viewer may see it).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, bool HasNextPage, bool HasPreviousPage, int TotalCount);
