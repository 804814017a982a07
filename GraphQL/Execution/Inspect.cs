using System.Collections;
using System.Globalization;
using System.Text;
using GraphQL.Language;
using GraphQL.Utilities;

namespace GraphQL.Execution;

/// <summary>
/// A value as graphql-js's inspect shows it in error messages: strings JSON-quoted, maps as
/// <c>{ a: 1 }</c>, lists as <c>[1, 2]</c>, nesting beyond two levels as [Object] / [Array].
/// </summary>
internal static class Inspect
{
    private const int MaxListLength = 10;
    private const int MaxDepth = 1; // graphql-js: more than two values already seen

    public static string Value(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                StringPrinter.Append(builder, text);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case double number:
                builder.Append(JsNumber.Format(number));
                break;
            case float number:
                builder.Append(JsNumber.Format(number));
                break;
            case IFormattable number when value is int or long or decimal or short or byte or uint or ulong or sbyte or ushort:
                builder.Append(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                AppendMap(builder, map, depth);
                break;
            case IEnumerable list:
                AppendList(builder, list, depth);
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void AppendMap(StringBuilder builder, IReadOnlyDictionary<string, object?> map, int depth)
    {
        if (map.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (depth > MaxDepth)
        {
            builder.Append("[Object]");
            return;
        }

        builder.Append("{ ");
        bool first = true;
        foreach (KeyValuePair<string, object?> entry in map)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            builder.Append(entry.Key).Append(": ");
            Append(builder, entry.Value, depth + 1);
        }

        builder.Append(" }");
    }

    private static void AppendList(StringBuilder builder, IEnumerable list, int depth)
    {
        var items = new List<object?>();
        foreach (object? item in list)
        {
            items.Add(item);
        }

        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth > MaxDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        int shown = Math.Min(items.Count, MaxListLength);
        for (int i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Append(builder, items[i], depth + 1);
        }

        int remaining = items.Count - shown;
        if (remaining == 1)
        {
            builder.Append(", ... 1 more item");
        }
        else if (remaining > 1)
        {
            builder.Append(", ... ").Append(remaining).Append(" more items");
        }

        builder.Append(']');
    }
}
