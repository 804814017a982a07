namespace GraphQL.Types;

/// <summary>
/// A type as spec section 3 knows it: a named type, or a list or non-null wrapper around one.
/// ToString gives the type reference as written in SDL, e.g. <c>[String!]!</c>.
/// </summary>
public abstract class GraphQLType
{
    /// <summary>The named type inside any wrappers.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>Input types (spec section 3.4.2): scalars, enums, input objects, and wrappers of those.</summary>
    public bool IsInputType => GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Output types (spec section 3.4.2): everything but input objects, and wrappers of those.</summary>
    public bool IsOutputType => GetNamedType() is not InputObjectType;
}
