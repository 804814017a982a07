namespace Orleans.Runtime;

/// <summary>
/// The identity of a grain: its type name (the grain class's name, or "observer" for observer references) and its key.
/// At most one activation per <see cref="GrainId"/> exists at any time.
/// </summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}
