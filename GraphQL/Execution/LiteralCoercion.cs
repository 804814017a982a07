using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Input coercion of literals in the document (argument values and variable defaults; graphql-js
/// valueFromAST), binding input objects through <see cref="InputObjectType.Create"/>. Variables
/// inside literals take their coerced values, which are bound already.
/// </summary>
internal static class LiteralCoercion
{
    /// <summary>False when the literal is not a value of the type (validation normally rules that out).</summary>
    public static bool TryCoerce(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value) =>
        TryCoerce(node, type, variables, bind: true, out value);

    /// <summary>
    /// With <paramref name="bind"/> false input objects stay dictionaries: the form in which a schema stores its
    /// default values (<see cref="Utilities.ValueFromAst"/>).
    /// </summary>
    public static bool TryCoerce(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, bool bind, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out object? variableValue))
            {
                return false;
            }

            if (variableValue is null && type is NonNullType)
            {
                return false;
            }

            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryCoerce(node, nonNull.OfType, variables, bind, out value);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryCoerceList(node, list, variables, bind, out value);
            case InputObjectType inputObject:
                return TryCoerceInputObject(node, inputObject, variables, bind, out value);
            case EnumType enumType:
                if (node is EnumValueNode enumLiteral && enumType.GetValue(enumLiteral.Value) is { } enumValue)
                {
                    value = enumValue.Value;
                    return true;
                }

                return false;
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(node, variables);
                    return true;
                }
                catch (Exception error) when (error is not OutOfMemoryException)
                {
                    // Any exception of a custom scalar means "not a valid literal" (as graphql-js's valueFromAST).
                    return false;
                }

            default:
                return false;
        }
    }

    /// <summary>
    /// A schema default value (stored coerced, input objects as dictionaries) with its input
    /// objects bound through <see cref="InputObjectType.Create"/> where the type asks for it.
    /// </summary>
    public static object? BindDefault(object? value, GraphQLType type)
    {
        if (value is null || !NeedsBinding(type))
        {
            return value;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return BindDefault(value, nonNull.OfType);
            case ListType list when value is object?[] items:
                var bound = new object?[items.Length];
                for (int i = 0; i < items.Length; i++)
                {
                    bound[i] = BindDefault(items[i], list.OfType);
                }

                return bound;
            case ListType list:
                return new[] { BindDefault(value, list.OfType) };
            case InputObjectType inputObject when value is IReadOnlyDictionary<string, object?> fields:
                var map = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
                foreach (KeyValuePair<string, object?> entry in fields)
                {
                    map[entry.Key] = inputObject.GetField(entry.Key) is { } field ? BindDefault(entry.Value, field.Type) : entry.Value;
                }

                return inputObject.Create is { } create ? create(map) : map;
            default:
                return value;
        }
    }

    // Dictionaries of input objects without Create can be shared as they are, unless something inside binds.
    private static bool NeedsBinding(GraphQLType type) => type.GetNamedType() is InputObjectType;

    private static bool TryCoerceList(ValueNode node, ListType list, IReadOnlyDictionary<string, object?>? variables, bool bind, out object? value)
    {
        value = null;
        if (node is not ListValueNode listNode)
        {
            // A single item stands for a list of one (spec section 3.12, input coercion).
            if (!TryCoerce(node, list.OfType, variables, bind, out object? item))
            {
                return false;
            }

            value = new[] { item };
            return true;
        }

        var items = new object?[listNode.Values.Count];
        for (int i = 0; i < items.Length; i++)
        {
            ValueNode itemNode = listNode.Values[i];
            if (IsMissingVariable(itemNode, variables))
            {
                if (list.OfType is NonNullType)
                {
                    return false;
                }

                items[i] = null;
            }
            else if (!TryCoerce(itemNode, list.OfType, variables, bind, out items[i]))
            {
                return false;
            }
        }

        value = items;
        return true;
    }

    private static bool TryCoerceInputObject(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, bool bind, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectNode)
        {
            return false;
        }

        foreach (ObjectFieldNode fieldNode in objectNode.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is null)
            {
                return false;
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (InputField field in type.Fields)
        {
            ValueNode? fieldNode = null;
            foreach (ObjectFieldNode candidate in objectNode.Fields)
            {
                if (candidate.Name.Value == field.Name)
                {
                    fieldNode = candidate.Value;
                    break;
                }
            }

            if (fieldNode is null || IsMissingVariable(fieldNode, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = bind ? BindDefault(field.DefaultValue, field.Type) : field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldNode, field.Type, variables, bind, out object? fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        // A OneOf input object takes exactly one field, and not null (spec section 3.10.1).
        if (type.IsOneOf)
        {
            if (result.Count != 1)
            {
                return false;
            }

            foreach (object? only in result.Values)
            {
                if (only is null)
                {
                    return false;
                }
            }
        }

        value = bind && type.Create is { } create ? create(result) : result;
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
