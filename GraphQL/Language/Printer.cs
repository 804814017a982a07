using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>
/// Prints any AST back to GraphQL source in graphql-js's <c>print</c> layout: two-space
/// indentation, one selection per line, arguments wrapped onto their own lines past 80 characters.
/// Parsing the output gives back an equivalent AST.
/// </summary>
public static class Printer
{
    // graphql-js wraps a field's arguments when the line would pass this length.
    private const int MaxLineLength = 80;

    public static string Print(Node node) => node switch
    {
        NameNode name => name.Value,
        DocumentNode document => Join(Map(document.Definitions), "\n\n"),
        OperationDefinitionNode operation => PrintOperation(operation),
        VariableDefinitionNode variable => Join(
        [
            Wrap("", PrintOrEmpty(variable.Description), "\n"),
            Print(variable.Variable),
            ": ",
            Print(variable.Type),
            Wrap(" = ", PrintOrEmpty(variable.DefaultValue)),
            Wrap(" ", Join(Map(variable.Directives), " ")),
        ]),
        SelectionSetNode selectionSet => Block(Map(selectionSet.Selections)),
        FieldNode field => PrintField(field),
        ArgumentNode argument => Print(argument.Name) + ": " + Print(argument.Value),
        FragmentSpreadNode spread => Join(["...", Print(spread.Name), Wrap(" ", Join(Map(spread.Directives), " "))]),
        InlineFragmentNode inline => Join(
            ["...", Wrap("on ", PrintOrEmpty(inline.TypeCondition)), Join(Map(inline.Directives), " "), Print(inline.SelectionSet)],
            " "),
        FragmentDefinitionNode fragment => Join(
        [
            Wrap("", PrintOrEmpty(fragment.Description), "\n"),
            "fragment ",
            Print(fragment.Name),
            " on ",
            Print(fragment.TypeCondition),
            " ",
            Wrap("", Join(Map(fragment.Directives), " "), " "),
            Print(fragment.SelectionSet),
        ]),

        VariableNode variable => "$" + variable.Name.Value,
        IntValueNode intValue => intValue.Value,
        FloatValueNode floatValue => floatValue.Value,
        StringValueNode stringValue => stringValue.Block
            ? BlockString.Print(stringValue.Value)
            : StringPrinter.Print(stringValue.Value),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => "[" + Join(Map(list.Values), ", ") + "]",
        ObjectValueNode obj => "{" + Join(Map(obj.Fields), ", ") + "}",
        ObjectFieldNode objectField => Print(objectField.Name) + ": " + Print(objectField.Value),

        DirectiveNode directive => Join(["@", Print(directive.Name), Wrap("(", Join(Map(directive.Arguments), ", "), ")")]),

        NamedTypeNode named => named.Name.Value,
        ListTypeNode listType => "[" + Print(listType.Type) + "]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",

        SchemaDefinitionNode schema => Join(
        [
            Wrap("", PrintOrEmpty(schema.Description), "\n"),
            Join(["schema", Join(Map(schema.Directives), " "), Block(Map(schema.OperationTypes))], " "),
        ]),
        OperationTypeDefinitionNode operationType => OperationName(operationType.Operation) + ": " + Print(operationType.Type),
        ScalarTypeDefinitionNode scalar => Join(
        [
            Wrap("", PrintOrEmpty(scalar.Description), "\n"),
            Join(["scalar", Print(scalar.Name), Join(Map(scalar.Directives), " ")], " "),
        ]),
        ObjectTypeDefinitionNode obj => Join(
        [
            Wrap("", PrintOrEmpty(obj.Description), "\n"),
            Join(
            [
                "type", Print(obj.Name), Wrap("implements ", Join(Map(obj.Interfaces), " & ")),
                Join(Map(obj.Directives), " "), Block(Map(obj.Fields)),
            ], " "),
        ]),
        FieldDefinitionNode fieldDefinition => Join(
        [
            Wrap("", PrintOrEmpty(fieldDefinition.Description), "\n"),
            Print(fieldDefinition.Name),
            ArgumentDefinitions(fieldDefinition.Arguments),
            ": ",
            Print(fieldDefinition.Type),
            Wrap(" ", Join(Map(fieldDefinition.Directives), " ")),
        ]),
        InputValueDefinitionNode inputValue => Join(
        [
            Wrap("", PrintOrEmpty(inputValue.Description), "\n"),
            Print(inputValue.Name),
            ": ",
            Print(inputValue.Type),
            Wrap(" = ", PrintOrEmpty(inputValue.DefaultValue)),
            Wrap(" ", Join(Map(inputValue.Directives), " ")),
        ]),
        InterfaceTypeDefinitionNode iface => Join(
        [
            Wrap("", PrintOrEmpty(iface.Description), "\n"),
            Join(
            [
                "interface", Print(iface.Name), Wrap("implements ", Join(Map(iface.Interfaces), " & ")),
                Join(Map(iface.Directives), " "), Block(Map(iface.Fields)),
            ], " "),
        ]),
        UnionTypeDefinitionNode union => Join(
        [
            Wrap("", PrintOrEmpty(union.Description), "\n"),
            Join(["union", Print(union.Name), Join(Map(union.Directives), " "), Wrap("= ", Join(Map(union.Types), " | "))], " "),
        ]),
        EnumTypeDefinitionNode enumType => Join(
        [
            Wrap("", PrintOrEmpty(enumType.Description), "\n"),
            Join(["enum", Print(enumType.Name), Join(Map(enumType.Directives), " "), Block(Map(enumType.Values))], " "),
        ]),
        EnumValueDefinitionNode enumValue => Join(
        [
            Wrap("", PrintOrEmpty(enumValue.Description), "\n"),
            Join([Print(enumValue.Name), Join(Map(enumValue.Directives), " ")], " "),
        ]),
        InputObjectTypeDefinitionNode input => Join(
        [
            Wrap("", PrintOrEmpty(input.Description), "\n"),
            Join(["input", Print(input.Name), Join(Map(input.Directives), " "), Block(Map(input.Fields))], " "),
        ]),
        DirectiveDefinitionNode directive => Join(
        [
            Wrap("", PrintOrEmpty(directive.Description), "\n"),
            "directive @",
            Print(directive.Name),
            ArgumentDefinitions(directive.Arguments),
            directive.Repeatable ? " repeatable" : "",
            " on ",
            Join(Map(directive.Locations), " | "),
        ]),

        SchemaExtensionNode schema => Join(
            ["extend schema", Join(Map(schema.Directives), " "), Block(Map(schema.OperationTypes))], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", Print(scalar.Name), Join(Map(scalar.Directives), " ")], " "),
        ObjectTypeExtensionNode obj => Join(
        [
            "extend type", Print(obj.Name), Wrap("implements ", Join(Map(obj.Interfaces), " & ")),
            Join(Map(obj.Directives), " "), Block(Map(obj.Fields)),
        ], " "),
        InterfaceTypeExtensionNode iface => Join(
        [
            "extend interface", Print(iface.Name), Wrap("implements ", Join(Map(iface.Interfaces), " & ")),
            Join(Map(iface.Directives), " "), Block(Map(iface.Fields)),
        ], " "),
        UnionTypeExtensionNode union => Join(
            ["extend union", Print(union.Name), Join(Map(union.Directives), " "), Wrap("= ", Join(Map(union.Types), " | "))], " "),
        EnumTypeExtensionNode enumType => Join(
            ["extend enum", Print(enumType.Name), Join(Map(enumType.Directives), " "), Block(Map(enumType.Values))], " "),
        InputObjectTypeExtensionNode input => Join(
            ["extend input", Print(input.Name), Join(Map(input.Directives), " "), Block(Map(input.Fields))], " "),

        TypeCoordinateNode type => type.Name.Value,
        MemberCoordinateNode member => member.Name.Value + "." + member.MemberName.Value,
        ArgumentCoordinateNode argument => $"{argument.Name.Value}.{argument.FieldName.Value}({argument.ArgumentName.Value}:)",
        DirectiveCoordinateNode directive => "@" + directive.Name.Value,
        DirectiveArgumentCoordinateNode directiveArgument => $"@{directiveArgument.Name.Value}({directiveArgument.ArgumentName.Value}:)",

        _ => throw new ArgumentException($"Cannot print {node.GetType().Name}.", nameof(node)),
    };

    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        string[] variables = Map(operation.VariableDefinitions);
        string variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        string operationName = OperationName(operation.Operation);
        string prefix = Join(
        [
            Wrap("", PrintOrEmpty(operation.Description), "\n"),
            Join([operationName, Join([PrintOrEmpty(operation.Name), variableDefinitions]), Join(Map(operation.Directives), " ")], " "),
        ]);

        // An anonymous query with no variables, directives or description prints in short form.
        bool shortForm = operation.Operation == OperationType.Query && prefix.Length == operationName.Length;
        return Join([shortForm ? "" : Join([prefix, " "]), Print(operation.SelectionSet)]);
    }

    private static string PrintField(FieldNode field)
    {
        string prefix = Join([Wrap("", PrintOrEmpty(field.Alias), ": "), Print(field.Name)]);
        string argumentsLine = prefix;
        if (field.Arguments.Count > 0)
        {
            string[] arguments = Map(field.Arguments);
            argumentsLine += prefix.Length + JoinedLength(arguments, ", ") + 2 > MaxLineLength
                ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
                : Wrap("(", Join(arguments, ", "), ")");
        }

        return Join(
        [
            argumentsLine,
            Wrap(" ", Join(Map(field.Directives), " ")),
            Wrap(" ", PrintOrEmpty(field.SelectionSet)),
        ]);
    }

    // Arguments of a field or directive definition go on their own lines once any has a description.
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        string[] printed = Map(arguments);
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string PrintOrEmpty(Node? node) => node is null ? "" : Print(node);

    private static string[] Map<T>(IReadOnlyList<T> nodes)
        where T : Node
    {
        var printed = new string[nodes.Count];
        for (int i = 0; i < printed.Length; i++)
        {
            printed[i] = Print(nodes[i]);
        }

        return printed;
    }

    // Joins the non-empty parts with the separator.
    private static string Join(string[] parts, string separator = "")
    {
        var builder = new System.Text.StringBuilder();
        foreach (string part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    private static int JoinedLength(string[] parts, string separator)
    {
        int length = 0;
        foreach (string part in parts)
        {
            if (part.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + part.Length;
            }
        }

        return length;
    }

    private static string Block(string[] items)
    {
        string body = Join(items, "\n");
        return body.Length == 0 ? "" : "{\n" + Indent(body) + "\n}";
    }

    private static string Wrap(string start, string maybe, string end = "") =>
        maybe.Length == 0 ? "" : start + maybe + end;

    private static string Indent(string text) =>
        text.Length == 0 ? "" : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static bool HasMultilineItems(string[] items)
    {
        foreach (string item in items)
        {
            if (item.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
