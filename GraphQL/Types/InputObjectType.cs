namespace GraphQL.Types;

/// <summary>
/// An input object type (spec section 3.10). A OneOf input object (@oneOf, spec section 3.10.1)
/// takes exactly one of its fields, non-null.
/// </summary>
public sealed class InputObjectType(string name) : NamedType(name)
{
    private readonly OrderedDictionary<string, InputField> _fields = new(StringComparer.Ordinal);

    public bool IsOneOf { get; set; }

    /// <summary>
    /// Binds a coerced input object to a CLR value (HotChocolate binds inputs to runtime types):
    /// when set, input coercion hands it the coerced field map (absent fields are absent) and
    /// passes on what it returns. Null keeps the map.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? Create { get; set; }

    /// <summary>The CLR type <see cref="Create"/> returns, when there is one.</summary>
    public Type? RuntimeType { get; set; }

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyCollection<InputField> Fields => _fields.Values;

    public InputField? GetField(string name) => _fields.TryGetValue(name, out InputField? field) ? field : null;

    /// <summary>Adds a field; false if one of that name is already there.</summary>
    public bool AddField(InputField field) => _fields.TryAdd(field.Name, field);
}
