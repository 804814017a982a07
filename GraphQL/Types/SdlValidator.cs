using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Utilities;

namespace GraphQL.Types;

/// <summary>
/// The checks graphql-js runs on an SDL document before building a schema from it (its
/// specifiedSDLRules): one schema definition, unique names of types, fields, arguments, enum values
/// and directives, known types, extensions of existing types of the right kind, and directives that
/// exist, are allowed where used, are not repeated unless repeatable, and get their required arguments.
/// </summary>
internal sealed partial class SdlValidator
{
    private readonly List<SchemaError> _errors = [];
    private readonly Dictionary<string, TypeDefinitionNode> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinitionNode> _directives = new(StringComparer.Ordinal);

    // Directives already used per type, across its definition and extensions.
    private readonly Dictionary<string, HashSet<string>> _typeDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _schemaDirectives = new(StringComparer.Ordinal);

    public static List<SchemaError> Validate(DocumentNode document)
    {
        var validator = new SdlValidator();
        validator.Run(document);
        return validator._errors;
    }

    private void Error(string message, Node node) => _errors.Add(new SchemaError(message, node.Location));

    private void Run(DocumentNode document)
    {
        bool seenSchema = false;
        var operationTypes = new HashSet<OperationType>();
        foreach (DefinitionNode definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    if (seenSchema)
                    {
                        Error("Must provide only one schema definition.", schema);
                    }

                    seenSchema = true;
                    CheckOperationTypes(schema.OperationTypes, operationTypes);
                    break;
                case SchemaExtensionNode extension:
                    CheckOperationTypes(extension.OperationTypes, operationTypes);
                    break;
                case TypeDefinitionNode type:
                    if (!_types.TryAdd(type.Name.Value, type))
                    {
                        Error($"There can be only one type named \"{type.Name.Value}\".", type.Name);
                    }

                    break;
                case DirectiveDefinitionNode directive:
                    if (!_directives.TryAdd(directive.Name.Value, directive))
                    {
                        Error($"There can be only one directive named \"@{directive.Name.Value}\".", directive.Name);
                    }

                    break;
                case TypeExtensionNode extension:
                    if (!_extensions.TryGetValue(extension.Name.Value, out List<TypeExtensionNode>? list))
                    {
                        list = [];
                        _extensions[extension.Name.Value] = list;
                    }

                    list.Add(extension);
                    break;
            }
        }

        var fieldNames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (DefinitionNode definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    CheckDirectives(schema.Directives, DirectiveLocation.Schema, _schemaDirectives);
                    CheckRootTypes(schema.OperationTypes);
                    break;
                case SchemaExtensionNode extension:
                    CheckDirectives(extension.Directives, DirectiveLocation.Schema, _schemaDirectives);
                    CheckRootTypes(extension.OperationTypes);
                    break;
                case TypeDefinitionNode type:
                    CheckType(type, type.Name.Value, fieldNames);
                    break;
                case TypeExtensionNode extension:
                    CheckExtensionTarget(extension);
                    CheckType(extension, extension.Name.Value, fieldNames);
                    break;
                case DirectiveDefinitionNode directive:
                    CheckArgumentDefinitions(directive.Arguments, "@" + directive.Name.Value);
                    if (DirectiveReaches(directive, directive.Name.Value, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal)))
                    {
                        Error($"Directive \"@{directive.Name.Value}\" must not reference itself, directly or through the types and directives its arguments use.", directive.Name);
                    }

                    break;
            }
        }
    }

    private void CheckOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> definitions, HashSet<OperationType> seen)
    {
        foreach (OperationTypeDefinitionNode definition in definitions)
        {
            if (!seen.Add(definition.Operation))
            {
                Error($"There can be only one {Printer.OperationName(definition.Operation)} type in schema.", definition);
            }
        }
    }

    private void CheckRootTypes(IReadOnlyList<OperationTypeDefinitionNode> definitions)
    {
        foreach (OperationTypeDefinitionNode definition in definitions)
        {
            CheckTypeReference(definition.Type);
        }
    }

    // A definition and its extensions share one namespace of fields, values and directives.
    private void CheckType(Node node, string typeName, Dictionary<string, HashSet<string>> fieldNames)
    {
        if (!fieldNames.TryGetValue(typeName, out HashSet<string>? names))
        {
            names = new HashSet<string>(StringComparer.Ordinal);
            fieldNames[typeName] = names;
        }

        switch (node)
        {
            case ScalarTypeDefinitionNode or ScalarTypeExtensionNode:
                CheckTypeDirectives(node, typeName, DirectiveLocation.Scalar);
                break;
            case ObjectTypeDefinitionNode obj:
                CheckComplex(typeName, obj.Interfaces, obj.Fields, names);
                CheckTypeDirectives(node, typeName, DirectiveLocation.Object);
                break;
            case ObjectTypeExtensionNode obj:
                CheckComplex(typeName, obj.Interfaces, obj.Fields, names);
                CheckTypeDirectives(node, typeName, DirectiveLocation.Object);
                break;
            case InterfaceTypeDefinitionNode iface:
                CheckComplex(typeName, iface.Interfaces, iface.Fields, names);
                CheckTypeDirectives(node, typeName, DirectiveLocation.Interface);
                break;
            case InterfaceTypeExtensionNode iface:
                CheckComplex(typeName, iface.Interfaces, iface.Fields, names);
                CheckTypeDirectives(node, typeName, DirectiveLocation.Interface);
                break;
            case UnionTypeDefinitionNode union:
                CheckTypeReferences(union.Types);
                CheckTypeDirectives(node, typeName, DirectiveLocation.Union);
                break;
            case UnionTypeExtensionNode union:
                CheckTypeReferences(union.Types);
                CheckTypeDirectives(node, typeName, DirectiveLocation.Union);
                break;
            case EnumTypeDefinitionNode enumType:
                CheckEnumValues(typeName, enumType.Values, names);
                CheckTypeDirectives(node, typeName, DirectiveLocation.Enum);
                break;
            case EnumTypeExtensionNode enumType:
                CheckEnumValues(typeName, enumType.Values, names);
                CheckTypeDirectives(node, typeName, DirectiveLocation.Enum);
                break;
            case InputObjectTypeDefinitionNode input:
                CheckInputFields(typeName, input.Fields, names);
                CheckTypeDirectives(node, typeName, DirectiveLocation.InputObject);
                break;
            case InputObjectTypeExtensionNode input:
                CheckInputFields(typeName, input.Fields, names);
                CheckTypeDirectives(node, typeName, DirectiveLocation.InputObject);
                break;
        }
    }

    private void CheckTypeDirectives(Node node, string typeName, DirectiveLocation location)
    {
        IReadOnlyList<DirectiveNode> directives = node switch
        {
            TypeDefinitionNode definition => definition.Directives,
            TypeExtensionNode extension => extension.Directives,
            _ => [],
        };
        if (!_typeDirectives.TryGetValue(typeName, out HashSet<string>? used))
        {
            used = new HashSet<string>(StringComparer.Ordinal);
            _typeDirectives[typeName] = used;
        }

        CheckDirectives(directives, location, used);
    }

    private void CheckComplex(
        string typeName,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<FieldDefinitionNode> fields,
        HashSet<string> names)
    {
        CheckTypeReferences(interfaces);
        foreach (FieldDefinitionNode field in fields)
        {
            if (!names.Add(field.Name.Value))
            {
                Error($"Field \"{typeName}.{field.Name.Value}\" can only be defined once.", field.Name);
            }

            CheckTypeReference(field.Type);
            CheckArgumentDefinitions(field.Arguments, $"{typeName}.{field.Name.Value}");
            CheckDirectives(field.Directives, DirectiveLocation.FieldDefinition);
        }
    }

    private void CheckArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments, string parentName)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (InputValueDefinitionNode argument in arguments)
        {
            if (!names.Add(argument.Name.Value))
            {
                Error($"Argument \"{parentName}({argument.Name.Value}:)\" can only be defined once.", argument.Name);
            }

            CheckTypeReference(argument.Type);
            CheckDirectives(argument.Directives, DirectiveLocation.ArgumentDefinition);
        }
    }

    private void CheckEnumValues(string typeName, IReadOnlyList<EnumValueDefinitionNode> values, HashSet<string> names)
    {
        foreach (EnumValueDefinitionNode value in values)
        {
            if (!names.Add(value.Name.Value))
            {
                Error($"Enum value \"{typeName}.{value.Name.Value}\" can only be defined once.", value.Name);
            }

            CheckDirectives(value.Directives, DirectiveLocation.EnumValue);
        }
    }

    private void CheckInputFields(string typeName, IReadOnlyList<InputValueDefinitionNode> fields, HashSet<string> names)
    {
        foreach (InputValueDefinitionNode field in fields)
        {
            if (!names.Add(field.Name.Value))
            {
                Error($"Field \"{typeName}.{field.Name.Value}\" can only be defined once.", field.Name);
            }

            CheckTypeReference(field.Type);
            CheckDirectives(field.Directives, DirectiveLocation.InputFieldDefinition);
        }
    }

    private void CheckTypeReferences(IReadOnlyList<NamedTypeNode> types)
    {
        foreach (NamedTypeNode type in types)
        {
            CheckTypeReference(type);
        }
    }

    private void CheckTypeReference(TypeNode type)
    {
        while (type is not NamedTypeNode)
        {
            type = type is ListTypeNode list ? list.Type : ((NonNullTypeNode)type).Type;
        }

        var named = (NamedTypeNode)type;
        string name = named.Name.Value;
        if (!_types.ContainsKey(name) && BuiltInScalars.Find(name) is null && Introspection.Find(name) is null)
        {
            // graphql-js suggests among the standard types first, then the document's own.
            var candidates = new List<string>();
            foreach (ScalarType scalar in BuiltInScalars.All)
            {
                candidates.Add(scalar.Name);
            }

            foreach (NamedType introspection in Introspection.Types)
            {
                candidates.Add(introspection.Name);
            }

            candidates.AddRange(_types.Keys);
            Error($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.For(name, candidates)), named);
        }
    }

    private void CheckExtensionTarget(TypeExtensionNode extension)
    {
        string name = extension.Name.Value;
        string expectedKind = KindOf(extension);
        string? actualKind = _types.TryGetValue(name, out TypeDefinitionNode? definition)
            ? KindOf(definition)
            : BuiltInScalars.Find(name) is not null ? "scalar" : null;
        if (actualKind is null)
        {
            Error(
                $"Cannot extend type \"{name}\" because it is not defined." + Suggestions.DidYouMean(Suggestions.For(name, _types.Keys)),
                extension.Name);
        }
        else if (actualKind != expectedKind)
        {
            Error($"Cannot extend non-{expectedKind} type \"{name}\".", extension);
        }
    }

    private static string KindOf(Node node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "scalar",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "object",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "interface",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "union",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    private void CheckDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location) =>
        CheckDirectives(directives, location, new HashSet<string>(StringComparer.Ordinal));

    private void CheckDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location, HashSet<string> used)
    {
        foreach (DirectiveNode directive in directives)
        {
            string name = directive.Name.Value;
            DirectiveShape? shape = FindDirective(name);
            if (shape is null)
            {
                Error($"Unknown directive \"@{name}\".", directive);
                continue;
            }

            if (!shape.Locations.Contains(location))
            {
                Error($"Directive \"@{name}\" may not be used on {DirectiveLocationNames.ToName(location)}.", directive);
            }

            if (!shape.Repeatable && !used.Add(name))
            {
                Error($"The directive \"@{name}\" can only be used once at this location.", directive);
            }

            CheckDirectiveArguments(directive, shape);
        }
    }

    private void CheckDirectiveArguments(DirectiveNode directive, DirectiveShape shape)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (ArgumentNode argument in directive.Arguments)
        {
            if (!given.Add(argument.Name.Value))
            {
                Error($"There can be only one argument named \"{argument.Name.Value}\".", argument);
            }

            if (!shape.Arguments.ContainsKey(argument.Name.Value))
            {
                Error($"Unknown argument \"{argument.Name.Value}\" on directive \"@{directive.Name.Value}\".", argument);
            }
        }

        foreach ((string name, (string type, bool required)) in shape.Arguments)
        {
            if (required && !given.Contains(name))
            {
                Error($"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.", directive);
            }
        }
    }

    // A directive's name, locations and arguments, from the document or from the built-in ones.
    private sealed record DirectiveShape(HashSet<DirectiveLocation> Locations, bool Repeatable, Dictionary<string, (string Type, bool Required)> Arguments);

    private readonly Dictionary<string, DirectiveShape?> _shapes = new(StringComparer.Ordinal);

    private DirectiveShape? FindDirective(string name)
    {
        if (_shapes.TryGetValue(name, out DirectiveShape? cached))
        {
            return cached;
        }

        DirectiveShape? shape = null;
        if (_directives.TryGetValue(name, out DirectiveDefinitionNode? definition))
        {
            var locations = new HashSet<DirectiveLocation>();
            foreach (NameNode location in definition.Locations)
            {
                if (DirectiveLocationNames.TryParse(location.Value, out DirectiveLocation? parsed))
                {
                    locations.Add(parsed.Value);
                }
            }

            var arguments = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
            foreach (InputValueDefinitionNode argument in definition.Arguments)
            {
                arguments.TryAdd(argument.Name.Value, (Printer.Print(argument.Type), argument.Type is NonNullTypeNode && argument.DefaultValue is null));
            }

            shape = new DirectiveShape(locations, definition.Repeatable, arguments);
        }
        else
        {
            foreach (DirectiveDefinition builtIn in BuiltInDirectives.All)
            {
                if (builtIn.Name == name)
                {
                    var arguments = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
                    foreach (Argument argument in builtIn.Arguments)
                    {
                        arguments.Add(argument.Name, ($"{argument.Type}", argument.IsRequired));
                    }

                    shape = new DirectiveShape([.. builtIn.Locations], builtIn.IsRepeatable, arguments);
                }
            }
        }

        _shapes[name] = shape;
        return shape;
    }
}
