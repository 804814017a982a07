using System.Globalization;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Types.Descriptors;

namespace Grains.Tests.GraphQL.CodeFirst;

public sealed class DateTimeType() : ScalarType<DateTimeOffset>("DateTime")
{
    public override object? Serialize(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public override DateTimeOffset ParseValue(object value) =>
        value is string text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed)
            ? parsed
            : throw new ScalarCoercionException($"DateTime cannot represent value: {value}");

    public override DateTimeOffset ParseLiteral(ValueNode literal) =>
        literal is StringValueNode text ? ParseValue(text.Value) : throw new ScalarCoercionException("DateTime must be a string.");
}

public sealed class CountryCodeType() : ScalarType<string>("CountryCode")
{
    public override object? Serialize(string value) => value;

    public override string ParseValue(object value) =>
        value is string { Length: 2 } code && code.All(char.IsAsciiLetterUpper)
            ? code
            : throw new ScalarCoercionException($"CountryCode cannot represent value: {value}");

    public override string ParseLiteral(ValueNode literal) =>
        literal is StringValueNode text ? ParseValue(text.Value) : throw new ScalarCoercionException("CountryCode must be a string.");
}

public sealed class LongType() : ScalarType<long>("Long")
{
    public override object? Serialize(long value) => value;

    public override long ParseValue(object value) => value switch
    {
        long whole => whole,
        int whole => whole,
        _ => throw new ScalarCoercionException($"Long cannot represent value: {value}"),
    };

    public override long ParseLiteral(ValueNode literal) =>
        literal is IntValueNode number && long.TryParse(number.Value, CultureInfo.InvariantCulture, out long whole)
            ? whole
            : throw new ScalarCoercionException("Long must be an integer literal.");
}
