namespace GraphQL.Types;

/// <summary>
/// What object types and interface types share (spec sections 3.6 and 3.7): ordered fields and
/// the interfaces they implement.
/// </summary>
public abstract class ComplexType : NamedType
{
    private readonly OrderedDictionary<string, FieldDefinition> _fields = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];

    protected ComplexType(string name)
        : base(name)
    {
    }

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyCollection<FieldDefinition> Fields => _fields.Values;

    /// <summary>Implemented interfaces in definition order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    public FieldDefinition? GetField(string name) => _fields.TryGetValue(name, out FieldDefinition? field) ? field : null;

    /// <summary>Adds a field; false if one of that name is already there (the first is kept).</summary>
    public bool AddField(FieldDefinition field) => _fields.TryAdd(field.Name, field);

    public void AddInterface(InterfaceType type) => _interfaces.Add(type);

    public bool Implements(InterfaceType type) => _interfaces.Contains(type);
}
