using GraphQL.Language;
using GraphQL.Types;

namespace Grains.Tests.GraphQL;

/// <summary>
/// Coercion of the built-in scalars (spec section 3.5). Accepted values follow the spec; the
/// error messages are graphql-js 16.15.0's for the same inputs.
/// </summary>
public sealed class BuiltInScalarsTests
{
    private static string Refusal(Func<object?> coerce) => Assert.Throws<ScalarCoercionException>(coerce).Message;

    private static object? Literal(ScalarType scalar, string literal) => scalar.ParseLiteral(Parser.ParseValue(literal), null);

    [Fact]
    public void Int_serializes_integral_values_within_32_bits()
    {
        Assert.Equal(1, BuiltInScalars.Int.Serialize(1.0));
        Assert.Equal(-3, BuiltInScalars.Int.Serialize("-3"));
        Assert.Equal(1, BuiltInScalars.Int.Serialize(true));
        Assert.Equal(int.MaxValue, BuiltInScalars.Int.Serialize((long)int.MaxValue));
        Assert.Equal("Int cannot represent non-integer value: 1.5", Refusal(() => BuiltInScalars.Int.Serialize(1.5)));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", Refusal(() => BuiltInScalars.Int.Serialize(2147483648L)));
        Assert.Equal("Int cannot represent non-integer value: \"\"", Refusal(() => BuiltInScalars.Int.Serialize("")));
        Assert.Equal("Int cannot represent non-integer value: \"1.5\"", Refusal(() => BuiltInScalars.Int.Serialize("1.5")));
    }

    [Fact]
    public void Int_input_accepts_numbers_only()
    {
        Assert.Equal(3, BuiltInScalars.Int.ParseValue(3));
        Assert.Equal(3, BuiltInScalars.Int.ParseValue(3.0));
        Assert.Equal("Int cannot represent non-integer value: \"1\"", Refusal(() => BuiltInScalars.Int.ParseValue("1")));
        Assert.Equal(-42, Literal(BuiltInScalars.Int, "-42"));
        Assert.Equal("Int cannot represent non 32-bit signed integer value: 2147483648", Refusal(() => Literal(BuiltInScalars.Int, "2147483648")));
        Assert.Equal("Int cannot represent non-integer value: 1.0", Refusal(() => Literal(BuiltInScalars.Int, "1.0")));
    }

    [Fact]
    public void Float_accepts_ints_and_floats_but_not_strings_as_input()
    {
        Assert.Equal(1.5, BuiltInScalars.Float.Serialize("1.5"));
        Assert.Equal("Float cannot represent non numeric value: NaN", Refusal(() => BuiltInScalars.Float.Serialize(double.NaN)));
        Assert.Equal("Float cannot represent non numeric value: \"1\"", Refusal(() => BuiltInScalars.Float.ParseValue("1")));
        Assert.Equal(1.0, Literal(BuiltInScalars.Float, "1"));
        Assert.Equal(150.0, Literal(BuiltInScalars.Float, "1.5e2"));
        Assert.Equal("Float cannot represent non numeric value: \"1\"", Refusal(() => Literal(BuiltInScalars.Float, "\"1\"")));
    }

    [Fact]
    public void String_serializes_scalars_as_text_but_accepts_only_strings()
    {
        Assert.Equal("1.5", BuiltInScalars.String.Serialize(1.5));
        Assert.Equal("true", BuiltInScalars.String.Serialize(true));
        Assert.Equal("String cannot represent a non string value: 1", Refusal(() => BuiltInScalars.String.ParseValue(1)));
        Assert.Equal("String cannot represent a non string value: 1", Refusal(() => Literal(BuiltInScalars.String, "1")));
        Assert.Equal("a", Literal(BuiltInScalars.String, "\"a\""));
    }

    [Fact]
    public void Boolean_accepts_only_booleans_as_input()
    {
        Assert.Equal(false, BuiltInScalars.Boolean.Serialize(0));
        Assert.Equal("Boolean cannot represent a non boolean value: \"true\"", Refusal(() => BuiltInScalars.Boolean.Serialize("true")));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", Refusal(() => BuiltInScalars.Boolean.ParseValue(1)));
        Assert.Equal("Boolean cannot represent a non boolean value: 1", Refusal(() => Literal(BuiltInScalars.Boolean, "1")));
        Assert.Equal(true, Literal(BuiltInScalars.Boolean, "true"));
    }

    [Fact]
    public void ID_is_a_string_that_also_accepts_integers()
    {
        Assert.Equal("123", BuiltInScalars.ID.Serialize(123));
        Assert.Equal("ID cannot represent value: 1.5", Refusal(() => BuiltInScalars.ID.Serialize(1.5)));
        Assert.Equal("ID cannot represent value: true", Refusal(() => BuiltInScalars.ID.Serialize(true)));
        Assert.Equal("4", BuiltInScalars.ID.ParseValue(4));
        Assert.Equal("4", Literal(BuiltInScalars.ID, "4"));
        Assert.Equal("x", Literal(BuiltInScalars.ID, "\"x\""));
        Assert.Equal("ID cannot represent a non-string and non-integer value: 1.5", Refusal(() => Literal(BuiltInScalars.ID, "1.5")));
    }
}
