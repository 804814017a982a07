using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Utilities;

/// <summary>
/// Coerces a literal to the value it denotes for an input type (spec section 5.6 / graphql-js
/// valueFromAST): Int to int, lists to object?[], input objects to dictionaries with their fields'
/// defaults filled in, enums to their internal values. Used for default values in SDL and, later,
/// for literal arguments.
/// </summary>
public static class ValueFromAst
{
    /// <summary>False when the literal is not a valid value of the type.</summary>
    public static bool TryCoerce(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
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
            return node is not NullValueNode && TryCoerce(node, nonNull.OfType, variables, out value);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryCoerceList(node, list, variables, out value);
            case InputObjectType inputObject:
                return TryCoerceInputObject(node, inputObject, variables, out value);
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
                catch (ScalarCoercionException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryCoerceList(ValueNode node, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ListValueNode listNode)
        {
            // A single item stands for a list of one (spec section 3.12, input coercion).
            if (!TryCoerce(node, list.OfType, variables, out object? item))
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
            else if (!TryCoerce(itemNode, list.OfType, variables, out items[i]))
            {
                return false;
            }
        }

        value = items;
        return true;
    }

    private static bool TryCoerceInputObject(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectNode)
        {
            return false;
        }

        var given = new Dictionary<string, ValueNode>(objectNode.Fields.Count, StringComparer.Ordinal);
        foreach (ObjectFieldNode field in objectNode.Fields)
        {
            given.TryAdd(field.Name.Value, field.Value);
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (InputField field in type.Fields)
        {
            if (!given.TryGetValue(field.Name, out ValueNode? fieldNode) || IsMissingVariable(fieldNode, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldNode, field.Type, variables, out object? fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        // Fields the type does not have make the literal invalid.
        foreach (string name in given.Keys)
        {
            if (type.GetField(name) is null)
            {
                return false;
            }
        }

        // A OneOf input object takes exactly one field, and not null (spec section 3.10.1).
        if (type.IsOneOf && (result.Count != 1 || result.Values.First() is null))
        {
            return false;
        }

        value = result;
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
