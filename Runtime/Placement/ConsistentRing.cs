using Orleans.Runtime;

namespace Orleans.Placement;

/// <summary>
/// Consistent hashing over the active silos: each silo owns <see cref="VirtualBucketsPerSilo"/> points on a 32-bit
/// ring, and a grain belongs to the first point at or after its hash. When a silo joins or leaves, only the grains
/// of its own arcs move. Orleans' ConsistentRingProvider uses 30 virtual buckets per silo too.
/// Immutable: a membership change builds a new ring.
/// </summary>
public sealed class ConsistentRing
{
    public const int VirtualBucketsPerSilo = 30;

    private readonly uint[] _points;
    private readonly SiloAddress[] _owners;

    public static ConsistentRing Empty { get; } = new([]);

    public ConsistentRing(IEnumerable<SiloAddress> silos)
    {
        Silos = silos.Distinct().ToArray();
        var points = new List<(uint Point, SiloAddress Silo)>(Silos.Count * VirtualBucketsPerSilo);
        foreach (var silo in Silos)
            for (var i = 0; i < VirtualBucketsPerSilo; i++)
                points.Add((StableHash.Of($"{silo}#{i}"), silo));
        // Ties (vanishingly rare) are broken by address so that every process builds the same ring.
        points.Sort((a, b) => a.Point != b.Point ? a.Point.CompareTo(b.Point) : string.CompareOrdinal(a.Silo.ToString(), b.Silo.ToString()));
        _points = points.Select(p => p.Point).ToArray();
        _owners = points.Select(p => p.Silo).ToArray();
    }

    public IReadOnlyList<SiloAddress> Silos { get; }

    public static uint HashOf(GrainId grain) => StableHash.Combine(StableHash.Of(grain.Type), StableHash.Of(grain.Key));

    /// <summary>The silo that owns <paramref name="grain"/>; null when the ring is empty.</summary>
    public SiloAddress? OwnerOf(GrainId grain)
    {
        if (_points.Length == 0) return null;
        var hash = HashOf(grain);
        var index = Array.BinarySearch(_points, hash);
        if (index < 0) index = ~index;
        return _owners[index == _points.Length ? 0 : index];
    }
}
