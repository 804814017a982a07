using System.Globalization;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Types.Descriptors;

namespace Network.Api.Schema.Scalars;

/// <summary>
/// An instant as an ISO-8601 string in UTC, e.g. "2026-11-22T06:30:00.000Z". Input must carry its offset
/// ("Z" or "+07:00"); a local time without one is refused, since it would name no instant.
/// </summary>
public sealed class DateTimeType() : ScalarType<DateTimeOffset>("DateTime")
{
    private const string OutputFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override object? Serialize(DateTimeOffset value) => value.UtcDateTime.ToString(OutputFormat, CultureInfo.InvariantCulture);

    public override DateTimeOffset ParseValue(object value) =>
        value is string text ? Parse(text) : throw new ScalarCoercionException($"DateTime cannot represent a non-string value: {value}");

    public override DateTimeOffset ParseLiteral(ValueNode literal) =>
        literal is StringValueNode text ? Parse(text.Value) : throw new ScalarCoercionException($"DateTime cannot represent a non-string value: {GraphQL.Language.Printer.Print(literal)}");

    private static DateTimeOffset Parse(string text)
    {
        // RFC 3339 date-time: a date, 'T', a time and an offset. Anything looser is ambiguous.
        if (text.Length >= 20 && text[10] is 'T' or 't' && (text.EndsWith('Z') || text.EndsWith('z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            return instant.ToUniversalTime();
        throw new ScalarCoercionException($"DateTime cannot represent \"{text}\": expected an ISO-8601 date-time with an offset, e.g. \"2026-01-31T12:00:00Z\".");
    }
}
