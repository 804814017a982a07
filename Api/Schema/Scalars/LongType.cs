using System.Globalization;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Types.Descriptors;

namespace Network.Api.Schema.Scalars;

/// <summary>A 64-bit signed integer written as a JSON number (graph versions exceed Int's 32 bits).</summary>
public sealed class LongType() : ScalarType<long>("Long")
{
    public override object? Serialize(long value) => value;

    public override long ParseValue(object value) => value switch
    {
        long whole => whole,
        int whole => whole,
        double d when Math.Floor(d) == d && d >= long.MinValue && d < 9.2233720368547758e18 => (long)d,
        decimal m when decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue => (long)m,
        _ => throw new ScalarCoercionException($"Long cannot represent a non 64-bit integer value: {Show(value)}"),
    };

    public override long ParseLiteral(ValueNode literal) =>
        literal is IntValueNode number && long.TryParse(number.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            ? whole
            : throw new ScalarCoercionException($"Long cannot represent a non 64-bit integer value: {GraphQL.Language.Printer.Print(literal)}");

    private static string Show(object value) => value is string s ? $"\"{s}\"" : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
