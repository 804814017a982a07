namespace GraphQL.Types;

/// <summary>One value of an enum type (spec section 3.9).</summary>
public sealed class EnumValue(string name, object? value = null)
{
    public string Name { get; } = name;

    /// <summary>The value resolvers see; the name itself unless set otherwise.</summary>
    public object? Value { get; } = value ?? name;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public override string ToString() => Name;
}
