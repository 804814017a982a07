using System.Globalization;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Utilities;

namespace GraphQL.Types;

/// <summary>
/// The five scalars every schema has (spec section 3.5), with the coercion rules of that section.
/// Where the spec leaves room (for example serializing the string "5" as Int) this follows graphql-js.
/// </summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new("Int")
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        Serialize = SerializeInt,
        ParseValue = ParseIntValue,
        ParseLiteral = ParseIntLiteral,
    };

    public static ScalarType Float { get; } = new("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        Serialize = SerializeFloat,
        ParseValue = ParseFloatValue,
        ParseLiteral = ParseFloatLiteral,
    };

    public static ScalarType String { get; } = new("String")
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        Serialize = SerializeString,
        ParseValue = ParseStringValue,
        ParseLiteral = ParseStringLiteral,
    };

    public static ScalarType Boolean { get; } = new("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.",
        Serialize = SerializeBoolean,
        ParseValue = ParseBooleanValue,
        ParseLiteral = ParseBooleanLiteral,
    };

    public static ScalarType ID { get; } = new("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        Serialize = SerializeId,
        ParseValue = ParseIdValue,
        ParseLiteral = ParseIdLiteral,
    };

    /// <summary>The five in the order graphql-js lists them.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsBuiltIn(NamedType type) => type is ScalarType && Find(type.Name) == type;

    public static ScalarType? Find(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    // ---- Int: 32-bit signed (spec section 3.5.1) ----------------------------------------------

    private static object? SerializeInt(object? value)
    {
        if (value is bool flag)
        {
            return flag ? 1 : 0;
        }

        if (value is string text && text.Length > 0
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed))
        {
            // Messages show the value as given, not as parsed.
            return ToInt32(parsed, value);
        }

        return ToInt32(value);
    }

    private static object? ParseIntValue(object? value) =>
        value is bool or string or null ? throw new ScalarCoercionException($"Int cannot represent non-integer value: {Inspect(value)}") : ToInt32(value);

    private static object? ParseIntLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not IntValueNode intValue)
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {Printer.Print(node)}");
        }

        if (!int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int result))
        {
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
        }

        return result;
    }

    private static int ToInt32(object? value) => ToInt32(value, value);

    private static int ToInt32(object? value, object? shown)
    {
        switch (value)
        {
            case int i: return i;
            case short or sbyte or byte or ushort: return Convert.ToInt32(value, CultureInfo.InvariantCulture);
            case long or uint or ulong:
                decimal whole = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                if (whole < int.MinValue || whole > int.MaxValue)
                {
                    throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect(shown)}");
                }

                return (int)whole;
        }

        if (TryGetDouble(value, out double number) && double.IsFinite(number) && Math.Floor(number) == number)
        {
            if (number < int.MinValue || number > int.MaxValue)
            {
                throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {Inspect(shown)}");
            }

            return (int)number;
        }

        throw new ScalarCoercionException($"Int cannot represent non-integer value: {Inspect(shown)}");
    }

    // ---- Float: IEEE 754 double, finite (spec section 3.5.2) ----------------------------------

    private static object? SerializeFloat(object? value)
    {
        if (value is bool flag)
        {
            return flag ? 1.0 : 0.0;
        }

        if (value is string text && text.Length > 0
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed))
        {
            value = parsed;
        }

        return ToFiniteDouble(value);
    }

    private static object? ParseFloatValue(object? value) =>
        value is bool or string or null ? throw new ScalarCoercionException($"Float cannot represent non numeric value: {Inspect(value)}") : ToFiniteDouble(value);

    private static object? ParseFloatLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        IntValueNode intValue => double.Parse(intValue.Value, CultureInfo.InvariantCulture),
        FloatValueNode floatValue => double.Parse(floatValue.Value, CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"Float cannot represent non numeric value: {Printer.Print(node)}"),
    };

    private static double ToFiniteDouble(object? value)
    {
        if (TryGetDouble(value, out double number) && double.IsFinite(number))
        {
            return number;
        }

        throw new ScalarCoercionException($"Float cannot represent non numeric value: {Inspect(value)}");
    }

    // ---- String (spec section 3.5.3) -----------------------------------------------------------

    private static object? SerializeString(object? value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        _ when TryGetDouble(value, out double number) && double.IsFinite(number) => FormatNumber(value!),
        _ => throw new ScalarCoercionException($"String cannot represent value: {Inspect(value)}"),
    };

    private static object? ParseStringValue(object? value) =>
        value as string ?? throw new ScalarCoercionException($"String cannot represent a non string value: {Inspect(value)}");

    private static object? ParseStringLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is StringValueNode text
            ? text.Value
            : throw new ScalarCoercionException($"String cannot represent a non string value: {Printer.Print(node)}");

    // ---- Boolean (spec section 3.5.4) ----------------------------------------------------------

    private static object? SerializeBoolean(object? value) => value switch
    {
        bool flag => flag,
        _ when TryGetDouble(value, out double number) && double.IsFinite(number) => number != 0,
        _ => throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Inspect(value)}"),
    };

    private static object? ParseBooleanValue(object? value) =>
        value is bool flag ? flag : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Inspect(value)}");

    private static object? ParseBooleanLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is BooleanValueNode boolean
            ? boolean.Value
            : throw new ScalarCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(node)}");

    // ---- ID: serialized as a string; accepts strings and integers (spec section 3.5.5) ----------

    private static object? SerializeId(object? value) => value switch
    {
        string text => text,
        Guid guid => guid.ToString(),
        int or long or short or sbyte or byte or ushort or uint or ulong => FormatNumber(value),
        _ when TryGetDouble(value, out double number) && double.IsFinite(number) && Math.Floor(number) == number => FormatNumber(value!),
        _ => throw new ScalarCoercionException($"ID cannot represent value: {Inspect(value)}"),
    };

    private static object? ParseIdValue(object? value) => value switch
    {
        string text => text,
        int or long or short or sbyte or byte or ushort or uint or ulong => FormatNumber(value),
        _ when value is not bool && TryGetDouble(value, out double number) && Math.Floor(number) == number && double.IsFinite(number) => FormatNumber(value!),
        _ => throw new ScalarCoercionException($"ID cannot represent value: {Inspect(value)}"),
    };

    private static object? ParseIdLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        StringValueNode text => text.Value,
        IntValueNode intValue => intValue.Value,
        _ => throw new ScalarCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(node)}"),
    };

    // ---- Helpers -------------------------------------------------------------------------------

    private static bool TryGetDouble(object? value, out double number)
    {
        switch (value)
        {
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case int or long or short or sbyte or byte or ushort or uint or ulong:
                number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return true;
            default:
                number = 0;
                return false;
        }
    }

    private static string FormatNumber(object value) => value switch
    {
        double d => JsNumber.Format(d),
        float f => JsNumber.Format(f),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    /// <summary>A value as graphql-js's inspect shows it in messages: strings quoted, null as null.</summary>
    internal static string Inspect(object? value) => value switch
    {
        null => "null",
        string text => StringPrinter.Print(text),
        bool flag => flag ? "true" : "false",
        double or float or decimal or int or long or short or sbyte or byte or ushort or uint or ulong => FormatNumber(value),

        // Maps and lists as graphql-js shows them ({ a: 1 }, [1, 2]).
        _ => Execution.Inspect.Value(value),
    };
}
