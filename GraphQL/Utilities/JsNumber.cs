using System.Globalization;
using System.Text;

namespace GraphQL.Utilities;

/// <summary>
/// Formats a double the way JavaScript's Number.prototype.toString does (ECMA-262 Number::toString):
/// the shortest digits that round-trip, plain notation from 1e-7 up to 1e21, exponent notation
/// outside (1e+21, 1e-7). graphql-js prints default values this way, so matching it keeps printed
/// schemas byte-identical.
/// </summary>
public static class JsNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        // .NET's "R" gives the shortest round-tripping digits; only the layout differs from JS.
        string roundTrip = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        string mantissa = roundTrip;
        int exponent = 0;
        int e = roundTrip.IndexOf('E', StringComparison.Ordinal);
        if (e >= 0)
        {
            mantissa = roundTrip[..e];
            exponent = int.Parse(roundTrip[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int point = (dot < 0 ? mantissa.Length : dot) + exponent;

        int leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }

        digits = digits[leading..];
        point -= leading;
        digits = digits.TrimEnd('0');

        int k = digits.Length;
        int n = point;
        var builder = new StringBuilder();
        if (value < 0)
        {
            builder.Append('-');
        }

        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            int shown = n - 1;
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            builder.Append('e').Append(shown >= 0 ? '+' : '-').Append(Math.Abs(shown).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
