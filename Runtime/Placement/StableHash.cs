using System.Text;

namespace Orleans.Placement;

/// <summary>
/// A 32-bit hash that is the same in every process and every release (string.GetHashCode is randomised per process),
/// so all silos and clients agree where a grain lives. FNV-1a over UTF-8, finished with MurmurHash3's fmix32 so that
/// keys differing in one character spread over the whole ring.
/// </summary>
public static class StableHash
{
    public static uint Of(string text)
    {
        Span<byte> stack = stackalloc byte[256];
        var bytes = Encoding.UTF8.GetMaxByteCount(text.Length) <= stack.Length ? stack : new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        var length = Encoding.UTF8.GetBytes(text, bytes);
        return Of(bytes[..length]);
    }

    public static uint Of(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes) hash = (hash ^ b) * 16777619u;
        return Mix(hash);
    }

    /// <summary>Combines two hashes (used for "type/key" without building the string).</summary>
    public static uint Combine(uint first, uint second) => Mix(first * 31 + second);

    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return h;
    }
}
