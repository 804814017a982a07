namespace GraphQL.Types.Descriptors;

/// <summary>
/// Declares an enum type over the CLR enum <typeparamref name="TEnum"/>: every member is a value,
/// named in UPPER_SNAKE_CASE (MutualAid → MUTUAL_AID), in declaration order.
/// </summary>
public interface IEnumTypeDescriptor<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>The type's name; the CLR enum's name when not set.</summary>
    IEnumTypeDescriptor<TEnum> Name(string name);

    IEnumTypeDescriptor<TEnum> Description(string description);

    /// <summary>Configures the value of one member.</summary>
    IEnumValueDescriptor Value(TEnum value);
}

public interface IEnumValueDescriptor
{
    /// <summary>Overrides the UPPER_SNAKE_CASE name (PageRank would be PAGE_RANK).</summary>
    IEnumValueDescriptor Name(string name);

    IEnumValueDescriptor Description(string description);

    IEnumValueDescriptor Deprecated(string? reason = null);
}
