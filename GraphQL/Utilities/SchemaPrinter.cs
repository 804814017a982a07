using System.Text;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js printSchema does, so the two can be compared byte
/// for byte: the schema definition only when needed, then user directives, then types in schema
/// order (built-in scalars and introspection types left out), blocks separated by one blank line.
/// Descriptions print as block strings when that round-trips, default values go through
/// <see cref="AstFromValue"/>, and @deprecated drops its reason when it is the default one.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var blocks = new List<string>();
        if (PrintSchemaDefinition(schema) is { } schemaDefinition)
        {
            blocks.Add(schemaDefinition);
        }

        foreach (DirectiveDefinition directive in schema.Directives)
        {
            if (!BuiltInDirectives.IsBuiltIn(directive.Name))
            {
                blocks.Add(PrintDirective(directive));
            }
        }

        foreach (NamedType type in schema.Types.Values)
        {
            if (!BuiltInScalars.IsBuiltIn(type) && !Introspection.IsIntrospectionType(type))
            {
                blocks.Add(PrintType(type));
            }
        }

        return string.Join("\n\n", blocks);
    }

    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedByUrl(scalar),
        ObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintImplementedInterfaces(obj) + PrintFields(obj),
        InterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintImplementedInterfaces(iface) + PrintFields(iface),
        UnionType union => PrintDescription(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types) : ""),
        EnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintEnumValues(enumType),
        InputObjectType input => PrintDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "") + PrintInputFields(input),
        _ => throw new ArgumentException($"Unknown type {type.GetType().Name}.", nameof(type)),
    };

    // Omitted when there is no description and the root types have their conventional names.
    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.Description is null && IsSchemaOfCommonNames(schema))
        {
            return null;
        }

        var operationTypes = new List<string>();
        if (schema.QueryType is not null)
        {
            operationTypes.Add("  query: " + schema.QueryType.Name);
        }

        if (schema.MutationType is not null)
        {
            operationTypes.Add("  mutation: " + schema.MutationType.Name);
        }

        if (schema.SubscriptionType is not null)
        {
            operationTypes.Add("  subscription: " + schema.SubscriptionType.Name);
        }

        return PrintDescription(schema.Description) + "schema {\n" + string.Join("\n", operationTypes) + "\n}";
    }

    private static bool IsSchemaOfCommonNames(Schema schema) =>
        (schema.QueryType is null || schema.QueryType.Name == "Query")
        && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
        && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");

    private static string PrintImplementedInterfaces(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces) : "";

    private static string PrintFields(ComplexType type)
    {
        var lines = new List<string>();
        bool first = true;
        foreach (FieldDefinition field in type.Fields)
        {
            lines.Add(PrintDescription(field.Description, "  ", first) + "  " + field.Name + PrintArguments(field.Arguments, "  ")
                + ": " + field.Type + PrintDeprecated(field.DeprecationReason));
            first = false;
        }

        return PrintBlock(lines);
    }

    private static string PrintEnumValues(EnumType type)
    {
        var lines = new List<string>();
        bool first = true;
        foreach (EnumValue value in type.Values)
        {
            lines.Add(PrintDescription(value.Description, "  ", first) + "  " + value.Name + PrintDeprecated(value.DeprecationReason));
            first = false;
        }

        return PrintBlock(lines);
    }

    private static string PrintInputFields(InputObjectType type)
    {
        var lines = new List<string>();
        bool first = true;
        foreach (InputField field in type.Fields)
        {
            lines.Add(PrintDescription(field.Description, "  ", first) + "  " + PrintInputValue(field));
            first = false;
        }

        return PrintBlock(lines);
    }

    private static string PrintBlock(List<string> items) => items.Count > 0 ? " {\n" + string.Join("\n", items) + "\n}" : "";

    // Arguments share a line unless one has a description; then each goes on its own line.
    private static string PrintArguments(IReadOnlyList<Argument> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        bool anyDescription = false;
        foreach (Argument argument in arguments)
        {
            anyDescription |= !string.IsNullOrEmpty(argument.Description);
        }

        var printed = new List<string>(arguments.Count);
        if (!anyDescription)
        {
            foreach (Argument argument in arguments)
            {
                printed.Add(PrintInputValue(argument));
            }

            return "(" + string.Join(", ", printed) + ")";
        }

        for (int i = 0; i < arguments.Count; i++)
        {
            printed.Add(PrintDescription(arguments[i].Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(arguments[i]));
        }

        return "(\n" + string.Join("\n", printed) + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValue value)
    {
        string declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } defaultLiteral)
        {
            declaration += " = " + Printer.Print(defaultLiteral);
        }

        return declaration + PrintDeprecated(value.DeprecationReason);
    }

    private static string PrintDirective(DirectiveDefinition directive)
    {
        var locations = new List<string>(directive.Locations.Count);
        foreach (DirectiveLocation location in directive.Locations)
        {
            locations.Add(DirectiveLocationNames.ToName(location));
        }

        return PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments)
            + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", locations);
    }

    private static string PrintDeprecated(string? reason)
    {
        if (reason is null)
        {
            return "";
        }

        return reason == BuiltInDirectives.DefaultDeprecationReason
            ? " @deprecated"
            : " @deprecated(reason: " + StringPrinter.Print(reason) + ")";
    }

    private static string PrintSpecifiedByUrl(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? "" : " @specifiedBy(url: " + StringPrinter.Print(scalar.SpecifiedByUrl) + ")";

    // A description goes above what it describes; inside a block every description but the
    // first is preceded by a blank line.
    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        string literal = BlockString.IsPrintableAsBlockString(description)
            ? BlockString.Print(description)
            : StringPrinter.Print(description);
        var builder = new StringBuilder();
        builder.Append(indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation);
        builder.Append(literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal));
        builder.Append('\n');
        return builder.ToString();
    }
}
