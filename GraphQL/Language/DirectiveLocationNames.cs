using System.Diagnostics.CodeAnalysis;

namespace GraphQL.Language;

/// <summary>The spelling of directive locations in source (FIELD_DEFINITION and so on).</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION",
    ];

    public static string ToName(DirectiveLocation location) => Names[(int)location];

    public static bool TryParse(string name, [NotNullWhen(true)] out DirectiveLocation? location)
    {
        int index = Array.IndexOf(Names, name);
        location = index < 0 ? null : (DirectiveLocation)index;
        return index >= 0;
    }
}
