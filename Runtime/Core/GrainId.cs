namespace Orleans.Runtime;

/// <summary>
/// The identity of a grain: its type name (the grain class's name, or "observer" for observer references) and its key.
/// At most one activation per <see cref="GrainId"/> exists at any time.
/// </summary>
/// <remarks>
/// The hash is computed once, when the id is made (a reference keeps its id), not on every call's catalog lookup:
/// string hashing was a measurable share of an in-process call.
/// </remarks>
public readonly struct GrainId : IEquatable<GrainId>
{
    private readonly int _hash;

    public GrainId(string type, string key)
    {
        Type = type;
        Key = key;
        _hash = HashCode.Combine(type, key);
    }

    public string Type { get; }

    public string Key { get; }

    public bool Equals(GrainId other) => _hash == other._hash && string.Equals(Type, other.Type) && string.Equals(Key, other.Key);

    public override bool Equals(object? obj) => obj is GrainId other && Equals(other);

    public override int GetHashCode() => _hash;

    public static bool operator ==(GrainId left, GrainId right) => left.Equals(right);

    public static bool operator !=(GrainId left, GrainId right) => !left.Equals(right);

    public void Deconstruct(out string type, out string key)
    {
        type = Type;
        key = Key;
    }

    public override string ToString() => $"{Type}/{Key}";
}
