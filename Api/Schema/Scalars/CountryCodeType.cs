using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Types.Descriptors;
using Network.Grains.Common;

namespace Network.Api.Schema.Scalars;

/// <summary>An assigned ISO 3166-1 alpha-2 code in upper case ("ID", "US"); anything else is a coercion error.</summary>
public sealed class CountryCodeType() : ScalarType<string>("CountryCode")
{
    public override object? Serialize(string value) => value;

    public override string ParseValue(object value) =>
        value is string code ? Check(code) : throw new ScalarCoercionException($"CountryCode cannot represent a non-string value: {value}");

    public override string ParseLiteral(ValueNode literal) =>
        literal is StringValueNode code ? Check(code.Value) : throw new ScalarCoercionException($"CountryCode cannot represent a non-string value: {GraphQL.Language.Printer.Print(literal)}");

    private static string Check(string code) => CountryCodes.IsValid(code)
        ? code
        : throw new ScalarCoercionException($"\"{code}\" is not an ISO 3166-1 alpha-2 country code (two upper-case letters of an assigned country, e.g. \"ID\").");
}
