namespace GraphQL.Types;

/// <summary>An enum type (spec section 3.9).</summary>
public sealed class EnumType(string name) : NamedType(name)
{
    private readonly OrderedDictionary<string, EnumValue> _values = new(StringComparer.Ordinal);

    /// <summary>Values in definition order.</summary>
    public IReadOnlyCollection<EnumValue> Values => _values.Values;

    public EnumValue? GetValue(string name) => _values.TryGetValue(name, out EnumValue? value) ? value : null;

    /// <summary>The enum value whose internal value equals <paramref name="value"/>, for serializing results.</summary>
    public EnumValue? FindByValue(object? value)
    {
        foreach (EnumValue candidate in _values.Values)
        {
            if (Equals(candidate.Value, value))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Adds a value; false if one of that name is already there.</summary>
    public bool AddValue(EnumValue value) => _values.TryAdd(value.Name, value);
}
