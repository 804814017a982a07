namespace GraphQL.Types;

/// <summary>One value of an enum type (spec section 3.9).</summary>
public sealed class EnumValue(string name, object? value = null)
{
    public string Name { get; } = name;

    /// <summary>
    /// The internal value: what resolvers receive for this enum value in arguments and return
    /// for it in results. The name itself unless set otherwise (for example to a CLR enum member).
    /// </summary>
    public object? Value { get; set; } = value ?? name;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public override string ToString() => Name;
}
