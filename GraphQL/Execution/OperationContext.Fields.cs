using System.Collections;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>Spec sections 6.3 and 6.4: executing selection sets and fields, completing values.</summary>
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
        // The built-in scalars give these values back unchanged: skip the call (and a new box).
        if ((value is string && (ReferenceEquals(scalar, BuiltInScalars.String) || ReferenceEquals(scalar, BuiltInScalars.ID)))
            || (value is int && ReferenceEquals(scalar, BuiltInScalars.Int))
            || (value is bool && ReferenceEquals(scalar, BuiltInScalars.Boolean)))
        {
            return value;
        }

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
}
