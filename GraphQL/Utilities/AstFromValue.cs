using System.Collections;
using System.Globalization;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Utilities;

/// <summary>
/// Turns an internal input value back into a literal for a type, as graphql-js astFromValue does:
/// the value is serialized first, so the default <c>1.0</c> of a Float prints as <c>1</c>, an ID
/// that looks like an integer prints unquoted, and input objects print their fields in type order.
/// Used to print default values in SDL and introspection.
/// </summary>
public static class AstFromValue
{
    /// <summary>Null when the value has no literal (graphql-js returns null for "undefined").</summary>
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            ValueNode? inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string && value is not IDictionary)
                {
                    var nodes = new List<ValueNode>();
                    foreach (object? item in items)
                    {
                        if (Convert(item, list.OfType) is { } itemNode)
                        {
                            nodes.Add(itemNode);
                        }
                    }

                    return new ListValueNode { Values = nodes };
                }

                return Convert(value, list.OfType);

            case InputObjectType inputObject:
                if (value is not IReadOnlyDictionary<string, object?> fields)
                {
                    return null;
                }

                var fieldNodes = new List<ObjectFieldNode>();
                foreach (InputField field in inputObject.Fields)
                {
                    if (fields.TryGetValue(field.Name, out object? fieldValue) && Convert(fieldValue, field.Type) is { } fieldNode)
                    {
                        fieldNodes.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = fieldNode });
                    }
                }

                return new ObjectValueNode { Fields = fieldNodes };

            case EnumType enumType:
                EnumValue enumValue = enumType.FindByValue(value)
                    ?? throw new ScalarCoercionException($"Enum \"{enumType.Name}\" cannot represent value: {value}");
                return new EnumValueNode { Value = enumValue.Name };

            case ScalarType scalar:
                return FromSerialized(scalar.Serialize(value), scalar);

            default:
                return null;
        }
    }

    private static ValueNode? FromSerialized(object? serialized, ScalarType scalar)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool flag:
                return new BooleanValueNode { Value = flag };
            case string text:
                return scalar == BuiltInScalars.ID && IsIntegerString(text)
                    ? new IntValueNode { Value = text }
                    : new StringValueNode { Value = text };
            case double or float:
                double number = System.Convert.ToDouble(serialized, CultureInfo.InvariantCulture);
                if (!double.IsFinite(number))
                {
                    break;
                }

                string formatted = JsNumber.Format(number);
                return IsIntegerString(formatted) ? new IntValueNode { Value = formatted } : new FloatValueNode { Value = formatted };
            case decimal money:
                string decimalText = JsNumber.Format((double)money);
                return IsIntegerString(decimalText) ? new IntValueNode { Value = decimalText } : new FloatValueNode { Value = decimalText };
            case int or long or short or sbyte or byte or ushort or uint or ulong:
                return new IntValueNode { Value = System.Convert.ToString(serialized, CultureInfo.InvariantCulture)! };
        }

        throw new ScalarCoercionException($"Cannot convert value to AST: {serialized}.");
    }

    // graphql-js's integerStringRegExp: -?(0|[1-9][0-9]*)
    private static bool IsIntegerString(string text)
    {
        int i = text.StartsWith('-') ? 1 : 0;
        if (i >= text.Length)
        {
            return false;
        }

        if (text[i] == '0')
        {
            return i + 1 == text.Length;
        }

        for (; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
