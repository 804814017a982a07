using System.Collections.Concurrent;

namespace GraphQL.Language;

/// <summary>
/// Shares the strings of names across parses: a server sees the same field and type names in
/// every request, so after the first few requests lexing a name allocates nothing. Bounded, so a
/// client sending endless fresh names cannot grow it without limit.
/// </summary>
internal static class NamePool
{
    private const int MaxNames = 10_000;

    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    // ConcurrentDictionary.Count takes every lock; a counter of our own does not.
    private static int _count;

    public static string Get(ReadOnlySpan<char> name)
    {
        if (BySpan.TryGetValue(name, out string? pooled))
        {
            return pooled;
        }

        string created = name.ToString();
        if (Volatile.Read(ref _count) < MaxNames && Names.TryAdd(created, created))
        {
            Interlocked.Increment(ref _count);
        }

        return created;
    }
}
