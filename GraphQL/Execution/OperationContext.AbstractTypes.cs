using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>Spec section 6.4.3 ResolveAbstractType, with graphql-js's messages.</summary>
internal sealed partial class OperationContext
{
    // Spec section 6.4.3 ResolveAbstractType: the type's own ResolveType, else a "__typename"
    // entry of a map (as graphql-js's default type resolver), else the possible type whose
    // IsTypeOf accepts the value, or whose RuntimeType the value is.
    private ObjectType ResolveAbstractType(NamedType abstractType, FieldPlan plan, object value, ResolverContext context)
    {
        Func<object, IResolverContext, ObjectType?>? resolveType = abstractType switch
        {
            InterfaceType iface => iface.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        ObjectType? resolved = resolveType is not null ? resolveType(value, context) : DefaultResolveType(abstractType, value);
        if (resolved is null)
        {
            throw new FieldErrorException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{plan.ParentType.Name}.{plan.Definition.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                ErrorCodes.InternalServerError);
        }

        if (!ReferenceEquals(Schema.GetType(resolved.Name), resolved))
        {
            throw new FieldErrorException(
                $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{resolved.Name}\" that does not exist inside the schema.",
                ErrorCodes.InternalServerError);
        }

        if (!Schema.IsSubType(abstractType, resolved))
        {
            throw new FieldErrorException($"Runtime Object type \"{resolved.Name}\" is not a possible type for \"{abstractType.Name}\".", ErrorCodes.InternalServerError);
        }

        return resolved;
    }

    private ObjectType? DefaultResolveType(NamedType abstractType, object value)
    {
        if (value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out object? typeName) && typeName is string name)
        {
            return Schema.GetType(name) switch
            {
                ObjectType named => named,
                null => throw new FieldErrorException(
                    $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.",
                    ErrorCodes.InternalServerError),
                _ => throw new FieldErrorException(
                    $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".",
                    ErrorCodes.InternalServerError),
            };
        }

        IReadOnlyList<ObjectType> possibleTypes = Schema.GetPossibleTypes(abstractType);
        Type runtimeType = value.GetType();
        ObjectType? assignable = null;
        foreach (ObjectType candidate in possibleTypes)
        {
            if (candidate.IsTypeOf is { } isTypeOf)
            {
                if (isTypeOf(value))
                {
                    return candidate;
                }
            }
            else if (candidate.RuntimeType is { } clrType)
            {
                if (clrType == runtimeType)
                {
                    return candidate;
                }

                if (assignable is null && clrType.IsAssignableFrom(runtimeType))
                {
                    assignable = candidate;
                }
            }
        }

        return assignable;
    }
}
