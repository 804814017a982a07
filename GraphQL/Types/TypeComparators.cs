namespace GraphQL.Types;

/// <summary>Type equality and the covariant sub-typing of spec section 3.7 (IsValidImplementationFieldType).</summary>
public static class TypeComparators
{
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        _ when ReferenceEquals(a, b) => true,
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        _ => false,
    };

    /// <summary>
    /// Whether a field of type <paramref name="maybeSubType"/> may stand in for one of type
    /// <paramref name="superType"/>: the same type, a non-null version of it, a list of subtypes,
    /// or an object/interface that implements (or is a member of) the named super type.
    /// </summary>
    public static bool IsTypeSubTypeOf(GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType switch
        {
            InterfaceType iface => maybeSubType is ComplexType complex && complex.Implements(iface),
            UnionType union => maybeSubType is ObjectType obj && union.Types.Contains(obj),
            _ => false,
        };
    }
}
