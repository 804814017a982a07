using System.Collections;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>Spec sections 6.4 (executing fields) and 6.4.4 (handling execution errors).</summary>
internal sealed partial class OperationContext
{
    /// <summary>Set when a null bubbled up to the root: the response's data is null.</summary>
    public bool DataIsNull { get; private set; }

    /// <summary>Starts every field of the plan on <paramref name="source"/>; none is awaited here.</summary>
    public void ExecuteSelectionSet(ResultMap map, SelectionPlan plan, object? source)
    {
        FieldPlan[] fields = plan.Fields;
        for (int i = 0; i < fields.Length && !map.IsNulled; i++)
        {
            ExecuteField(map, i, fields[i], source);
        }
    }

    /// <summary>Spec section 6.4 ExecuteField: resolve, then complete now or when the resolver's task completes.</summary>
    public void ExecuteField(ResultMap map, int index, FieldPlan plan, object? source)
    {
        if (plan.IsTypeName)
        {
            map.Set(index, plan.ParentType.Name);
            return;
        }

        FieldDefinition definition = plan.Definition;
        ResolverContext? context = null;
        ValueTask<object?> result;
        try
        {
            if (definition.Resolver is { } resolver)
            {
                context = new ResolverContext(this, plan, source, plan.GetArguments(Variables), map, index);
                result = resolver(context);
            }
            else
            {
                result = new ValueTask<object?>(DefaultResolver.Resolve(plan, source));
            }
        }
        catch (Exception error)
        {
            FieldFailed(map, index, plan.Type is NonNullType, plan, error);
            return;
        }

        if (result.IsCompletedSuccessfully)
        {
            CompleteValue(map, index, plan.Type, false, plan, source, result.Result, context);
        }
        else
        {
            Register(new PendingField(this, map, index, plan, source, context, result));
        }
    }

    /// <summary>
    /// The subscription root field for one event: its resolver maps the event (given as the
    /// source) when it has one; otherwise the event itself is the field's value.
    /// </summary>
    public void ExecuteEventField(ResultMap map, int index, FieldPlan plan, object? sourceEvent)
    {
        if (plan.Definition.Resolver is not null || plan.IsTypeName)
        {
            ExecuteField(map, index, plan, sourceEvent);
            return;
        }

        CompleteValue(map, index, plan.Type, false, plan, sourceEvent, sourceEvent, null);
    }

    /// <summary>
    /// Spec section 6.4.3 CompleteValue, writing into <paramref name="container"/> at
    /// <paramref name="index"/>. <paramref name="nonNull"/> says whether that position is of a
    /// non-null type, which decides how far a null has to bubble.
    /// </summary>
    public void CompleteValue(
        ResultContainer container,
        int index,
        GraphQLType type,
        bool nonNull,
        FieldPlan plan,
        object? source,
        object? value,
        ResolverContext? context)
    {
        if (type is NonNullType nonNullType)
        {
            if (value is null)
            {
                AddError(container, index, plan, $"Cannot return null for non-nullable field {plan.ParentType.Name}.{plan.Definition.Name}.", ErrorCodes.InternalServerError, null);
                NullPosition(container, index, nonNull: true);
                return;
            }

            type = nonNullType.OfType;
            nonNull = true;
        }

        if (value is null)
        {
            container.Set(index, null);
            return;
        }

        try
        {
            switch (type)
            {
                case ScalarType scalar:
                    container.Set(index, SerializeScalar(scalar, value));
                    break;
                case EnumType enumType:
                    container.Set(index, SerializeEnum(enumType, value));
                    break;
                case ListType list:
                    CompleteList(container, index, list, nonNull, plan, source, value, context);
                    break;
                case ObjectType objectType:
                    CompleteObject(container, index, objectType, nonNull, plan, value);
                    break;
                default:
                    context ??= new ResolverContext(this, plan, source, ArgumentValues.None, container, index);
                    CompleteObject(container, index, ResolveAbstractType(type.GetNamedType(), plan, value, context), nonNull, plan, value);
                    break;
            }
        }
        catch (Exception error)
        {
            FieldFailed(container, index, nonNull, plan, error);
        }
    }

    private void CompleteList(
        ResultContainer container,
        int index,
        ListType type,
        bool nonNull,
        FieldPlan plan,
        object? source,
        object value,
        ResolverContext? context)
    {
        if (!InputCoercion.IsList(value))
        {
            throw new FieldErrorException(
                $"Expected Iterable, but did not find one for field \"{plan.ParentType.Name}.{plan.Definition.Name}\".",
                ErrorCodes.InternalServerError);
        }

        IList? items = value as IList;
        if (items is null)
        {
            var buffered = new List<object?>();
            foreach (object? item in (IEnumerable)value)
            {
                buffered.Add(item);
            }

            items = buffered;
        }

        var list = new ResultList(items.Count, container, index, nonNull);
        container.Set(index, list.Items);
        GraphQLType itemType = type.OfType;
        for (int i = 0; i < list.Items.Length && !list.IsNulled; i++)
        {
            CompleteValue(list, i, itemType, false, plan, source, items[i], context);
        }
    }

    private void CompleteObject(ResultContainer container, int index, ObjectType type, bool nonNull, FieldPlan plan, object value)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value))
        {
            throw new FieldErrorException($"Expected value of type \"{type.Name}\" but got: {Inspect.Value(value)}.", ErrorCodes.InternalServerError);
        }

        SelectionPlan subPlan = plan.GetSubPlan(type);
        var map = new ResultMap(subPlan.Keys, container, index, nonNull);
        container.Set(index, map);
        ExecuteSelectionSet(map, subPlan, value);
    }

    private static object SerializeScalar(ScalarType scalar, object value)
    {
        object? serialized;
        try
        {
            serialized = scalar.Serialize(value);
        }
        catch (ScalarCoercionException error)
        {
            throw new FieldErrorException(error.Message, ErrorCodes.InternalServerError);
        }

        return serialized ?? throw new FieldErrorException(
            $"Expected `{scalar.Name}.serialize({Inspect.Value(value)})` to return non-nullable value, returned: null",
            ErrorCodes.InternalServerError);
    }

    private static string SerializeEnum(EnumType type, object value) =>
        type.FindByValue(value)?.Name
        ?? throw new FieldErrorException($"Enum \"{type.Name}\" cannot represent value: {Inspect.Value(value)}", ErrorCodes.InternalServerError);

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

    /// <summary>Records a field error at a position and puts null there (spec section 6.4.4).</summary>
    public void FieldFailed(ResultContainer container, int index, bool nonNull, FieldPlan plan, Exception exception)
    {
        if (!IsDiscarded(container))
        {
            Errors.Add(ToError(exception, plan, container, index));
        }

        NullPosition(container, index, nonNull);
    }

    // A position inside an object or list that a null has already replaced is not in the
    // response: its errors are not reported (as graphql-js, which stops at the first error that
    // nulls a parent), so each null in the response is explained by exactly one error.
    public bool IsDiscarded(ResultContainer container)
    {
        if (DataIsNull)
        {
            return true;
        }

        for (ResultContainer? current = container; current is not null; current = current.Parent)
        {
            if (current.IsNulled)
            {
                return true;
            }
        }

        return false;
    }

    private void AddError(ResultContainer container, int index, FieldPlan plan, string message, string code, IReadOnlyDictionary<string, object?>? extra)
    {
        if (IsDiscarded(container))
        {
            return;
        }

        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        if (extra is not null)
        {
            foreach (KeyValuePair<string, object?> entry in extra)
            {
                extensions.TryAdd(entry.Key, entry.Value);
            }
        }

        Errors.Add(new GraphQLError(message, plan.ErrorLocations, container.PathTo(index), extensions));
    }

    private GraphQLError ToError(Exception exception, FieldPlan plan, ResultContainer container, int index)
    {
        IReadOnlyList<ErrorLocation>? locations = plan.ErrorLocations;
        List<object> path = container.PathTo(index);
        switch (exception)
        {
            case GraphQLException known:
                var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = known.Code };
                if (known.ExtraExtensions is { } extra)
                {
                    foreach (KeyValuePair<string, object?> entry in extra)
                    {
                        extensions.TryAdd(entry.Key, entry.Value);
                    }
                }

                return new GraphQLError(known.Message, locations, path, extensions);
            case FieldErrorException own:
                return GraphQLError.WithCode(own.Message, own.Code, locations, path);
        }

        GraphQLError filtered = Options.ErrorFilter is { } filter
            ? filter(exception)
            : GraphQLError.WithCode("Unexpected Execution Error", ErrorCodes.InternalServerError);
        filtered = filtered with
        {
            Locations = filtered.Locations ?? locations,
            Path = filtered.Path ?? path,
        };
        if (Options.IncludeExceptionDetails)
        {
            var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (filtered.Extensions is { } existing)
            {
                foreach (KeyValuePair<string, object?> entry in existing)
                {
                    extensions[entry.Key] = entry.Value;
                }
            }

            extensions["exception"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
                ["stackTrace"] = exception.StackTrace,
            };
            filtered = filtered with { Extensions = extensions };
        }

        return filtered;
    }

    // Spec section 6.4.4: a null in a non-null position makes the enclosing object or list null,
    // up to the nearest position that may be null; past the root, the data itself is null.
    private void NullPosition(ResultContainer container, int index, bool nonNull)
    {
        if (!nonNull)
        {
            container.Set(index, null);
            return;
        }

        ResultContainer? current = container;
        while (current is not null)
        {
            if (current.IsNulled)
            {
                return;
            }

            current.IsNulled = true;
            if (current.Parent is not { } parent)
            {
                DataIsNull = true;
                return;
            }

            if (!current.NonNullInParent)
            {
                parent.Set(current.IndexInParent, null);
                return;
            }

            current = parent;
        }
    }
}
