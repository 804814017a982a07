using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Utilities;

namespace GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL, like graphql-js buildSchema: type definitions with their
/// extensions merged in document order, directive definitions, @deprecated, @specifiedBy and @oneOf
/// applied, default values coerced, and root types taken from the schema definition or, without
/// one, from the types named Query, Mutation and Subscription. The result is validated (the SDL
/// rules, then spec section 3's type validation); any failure throws
/// <see cref="SchemaValidationException"/> listing every error. Executable definitions are ignored.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<SchemaError> _errors = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<DirectiveNode>> _appliedDirectives = [];
    private readonly HashSet<InputObjectType> _defaultsDone = [];
    private readonly HashSet<string> _unionsWithInvalidMembers = new(StringComparer.Ordinal);
    private readonly HashSet<NamedType> _created = [];
    private bool _queryRootInvalid;

    private SchemaBuilder()
    {
    }

    public static Schema Build(string sdl, ParserOptions? parserOptions = null) => Build(Parser.Parse(sdl, parserOptions));

    public static Schema Build(DocumentNode document)
    {
        List<SchemaError> sdlErrors = SdlValidator.Validate(document);
        if (sdlErrors.Count > 0)
        {
            throw new SchemaValidationException(sdlErrors);
        }

        return new SchemaBuilder().BuildValidated(document);
    }

    private Schema BuildValidated(DocumentNode document)
    {
        var typeDefinitions = new List<TypeDefinitionNode>();
        var directiveDefinitions = new List<DirectiveDefinitionNode>();
        SchemaDefinitionNode? schemaDefinition = null;
        var schemaExtensions = new List<SchemaExtensionNode>();
        foreach (DefinitionNode definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    typeDefinitions.Add(type);
                    break;
                case TypeExtensionNode extension:
                    if (!_extensions.TryGetValue(extension.Name.Value, out List<TypeExtensionNode>? list))
                    {
                        list = [];
                        _extensions[extension.Name.Value] = list;
                    }

                    list.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    directiveDefinitions.Add(directive);
                    break;
                case SchemaDefinitionNode schemaNode:
                    schemaDefinition = schemaNode;
                    break;
                case SchemaExtensionNode schemaExtension:
                    schemaExtensions.Add(schemaExtension);
                    break;
            }
        }

        // First every named type exists, so that fields can refer to any of them. SDL may name
        // the standard types (built-in scalars, introspection types) without defining them.
        foreach (ScalarType scalar in BuiltInScalars.All)
        {
            _types[scalar.Name] = scalar;
        }

        foreach (NamedType introspectionType in Introspection.Types)
        {
            _types[introspectionType.Name] = introspectionType;
        }

        var orderedTypes = new List<NamedType>();
        foreach (TypeDefinitionNode definition in typeDefinitions)
        {
            NamedType type = StandardType(definition.Name.Value) ?? CreateType(definition);
            _types[type.Name] = type;
            orderedTypes.Add(type);
        }

        foreach (DirectiveDefinitionNode definition in directiveDefinitions)
        {
            _directives[definition.Name.Value] = CreateDirective(definition);
        }

        foreach (DirectiveDefinition builtIn in BuiltInDirectives.All)
        {
            _directives.TryAdd(builtIn.Name, builtIn);
        }

        FillAndComputeDefaults(typeDefinitions, orderedTypes);
        ValidateAppliedDirectiveArguments();

        ObjectType? query = null, mutation = null, subscription = null;
        var operationTypes = new List<OperationTypeDefinitionNode>();
        if (schemaDefinition is not null)
        {
            operationTypes.AddRange(schemaDefinition.OperationTypes);
            _appliedDirectives.Add(schemaDefinition.Directives);
        }

        foreach (SchemaExtensionNode extension in schemaExtensions)
        {
            operationTypes.AddRange(extension.OperationTypes);
        }

        foreach (OperationTypeDefinitionNode operationType in operationTypes)
        {
            ObjectType? root = RootType(operationType);
            switch (operationType.Operation)
            {
                case OperationType.Query: query = root; break;
                case OperationType.Mutation: mutation = root; break;
                default: subscription = root; break;
            }
        }

        // Without a schema definition the conventional names apply (spec section 3.3.1), and,
        // as in graphql-js, they win over roots named by a schema extension.
        if (schemaDefinition is null)
        {
            query = DefaultRoot("Query", "Query") ?? query;
            mutation = DefaultRoot("Mutation", "Mutation") ?? mutation;
            subscription = DefaultRoot("Subscription", "Subscription") ?? subscription;
        }

        var directives = new List<DirectiveDefinition>();
        foreach (DirectiveDefinitionNode definition in directiveDefinitions)
        {
            directives.Add(_directives[definition.Name.Value]);
        }

        foreach (DirectiveDefinition builtIn in BuiltInDirectives.All)
        {
            if (!directives.Exists(d => d.Name == builtIn.Name))
            {
                directives.Add(builtIn);
            }
        }

        var schema = new Schema(query, mutation, subscription, orderedTypes, directives, schemaDefinition?.Description?.Value);
        AddSchemaErrors(SchemaValidator.Validate(schema));
        if (_errors.Count > 0)
        {
            throw new SchemaValidationException(_errors);
        }

        return schema;
    }

    /// <summary>
    /// Builds the named types of an SDL document without a schema around them and without
    /// validation; for the introspection types, whose "__" names the validator would refuse.
    /// </summary>
    internal static Dictionary<string, NamedType> BuildTypesUnchecked(string sdl)
    {
        var builder = new SchemaBuilder();
        foreach (ScalarType scalar in BuiltInScalars.All)
        {
            builder._types[scalar.Name] = scalar;
        }

        var definitions = new List<TypeDefinitionNode>();
        var ordered = new List<NamedType>();
        foreach (DefinitionNode definition in Parser.Parse(sdl).Definitions)
        {
            var typeDefinition = (TypeDefinitionNode)definition;
            NamedType type = builder.CreateType(typeDefinition);
            builder._types[type.Name] = type;
            definitions.Add(typeDefinition);
            ordered.Add(type);
        }

        builder.FillAndComputeDefaults(definitions, ordered);
        return builder._types;
    }

    private void FillAndComputeDefaults(List<TypeDefinitionNode> typeDefinitions, List<NamedType> orderedTypes)
    {
        foreach (TypeDefinitionNode definition in typeDefinitions)
        {
            // Standard types named in SDL are used as they are, never filled from the SDL.
            NamedType type = _types[definition.Name.Value];
            if (_created.Contains(type))
            {
                Fill(type, definition);
            }
        }

        ComputeDefaults(orderedTypes);
    }

    private static NamedType? StandardType(string name) =>
        (NamedType?)BuiltInScalars.Find(name) ?? Introspection.Find(name);

    private ObjectType? DefaultRoot(string name, string operation)
    {
        if (!_types.TryGetValue(name, out NamedType? type))
        {
            return null;
        }

        if (type is ObjectType root)
        {
            return root;
        }

        _errors.Add(new SchemaError(RootTypeMessage(operation, type)));
        if (operation == "Query")
        {
            _queryRootInvalid = true;
        }

        return null;
    }

    private ObjectType? RootType(OperationTypeDefinitionNode definition)
    {
        NamedType type = _types[definition.Type.Name.Value];
        if (type is ObjectType root)
        {
            return root;
        }

        string operation = Printer.OperationName(definition.Operation);
        string capitalised = char.ToUpperInvariant(operation[0]) + operation[1..];
        _errors.Add(new SchemaError(RootTypeMessage(capitalised, type), definition.Location));
        _queryRootInvalid |= definition.Operation == OperationType.Query;
        return null;
    }

    // Worded as graphql-js's validateSchema words it.
    private static string RootTypeMessage(string operation, NamedType type) => operation == "Query"
        ? $"Query root type must be Object type, it cannot be {type.Name}."
        : $"{operation} root type must be Object type if provided, it cannot be {type.Name}.";

    private void AddSchemaErrors(IReadOnlyList<SchemaError> errors)
    {
        foreach (SchemaError error in errors)
        {
            // Already explained more precisely by the builder.
            bool redundant = (_queryRootInvalid && error.Message == "Query root type must be provided.")
                || (error.Message.StartsWith("Union type ", StringComparison.Ordinal)
                    && error.Message.EndsWith(" must define one or more member types.", StringComparison.Ordinal)
                    && _unionsWithInvalidMembers.Contains(error.Message["Union type ".Length..^" must define one or more member types.".Length]));
            if (!redundant)
            {
                _errors.Add(error);
            }
        }
    }

    private NamedType CreateType(TypeDefinitionNode definition)
    {
        string name = definition.Name.Value;
        NamedType type = definition switch
        {
            ScalarTypeDefinitionNode => new ScalarType(name),
            ObjectTypeDefinitionNode => new ObjectType(name),
            InterfaceTypeDefinitionNode => new InterfaceType(name),
            UnionTypeDefinitionNode => new UnionType(name),
            EnumTypeDefinitionNode => new EnumType(name),
            _ => new InputObjectType(name),
        };
        type.Description = definition.Description?.Value;
        _created.Add(type);
        return type;
    }

    // Adds what the definition and then each of its extensions declare, in document order.
    private void Fill(NamedType type, TypeDefinitionNode definition)
    {
        var nodes = new List<Node> { definition };
        if (_extensions.TryGetValue(type.Name, out List<TypeExtensionNode>? extensions))
        {
            nodes.AddRange(extensions);
        }

        foreach (Node node in nodes)
        {
            switch (type, node)
            {
                case (ScalarType scalar, _):
                    IReadOnlyList<DirectiveNode> scalarDirectives = DirectivesOf(node);
                    _appliedDirectives.Add(scalarDirectives);
                    if (FindDirective(scalarDirectives, "specifiedBy") is { } specifiedBy
                        && ArgumentValue(specifiedBy, "url") is StringValueNode url)
                    {
                        scalar.SpecifiedByUrl = url.Value;
                    }

                    break;
                case (ComplexType complex, ObjectTypeDefinitionNode obj):
                    FillComplex(complex, obj.Interfaces, obj.Fields, obj.Directives);
                    break;
                case (ComplexType complex, ObjectTypeExtensionNode obj):
                    FillComplex(complex, obj.Interfaces, obj.Fields, obj.Directives);
                    break;
                case (ComplexType complex, InterfaceTypeDefinitionNode iface):
                    FillComplex(complex, iface.Interfaces, iface.Fields, iface.Directives);
                    break;
                case (ComplexType complex, InterfaceTypeExtensionNode iface):
                    FillComplex(complex, iface.Interfaces, iface.Fields, iface.Directives);
                    break;
                case (UnionType union, UnionTypeDefinitionNode unionDefinition):
                    FillUnion(union, unionDefinition.Types, unionDefinition.Directives);
                    break;
                case (UnionType union, UnionTypeExtensionNode unionExtension):
                    FillUnion(union, unionExtension.Types, unionExtension.Directives);
                    break;
                case (EnumType enumType, EnumTypeDefinitionNode enumDefinition):
                    FillEnum(enumType, enumDefinition.Values, enumDefinition.Directives);
                    break;
                case (EnumType enumType, EnumTypeExtensionNode enumExtension):
                    FillEnum(enumType, enumExtension.Values, enumExtension.Directives);
                    break;
                case (InputObjectType input, InputObjectTypeDefinitionNode inputDefinition):
                    FillInput(input, inputDefinition.Fields, inputDefinition.Directives);
                    break;
                case (InputObjectType input, InputObjectTypeExtensionNode inputExtension):
                    FillInput(input, inputExtension.Fields, inputExtension.Directives);
                    break;
            }
        }
    }

    private static IReadOnlyList<DirectiveNode> DirectivesOf(Node node) => node switch
    {
        TypeDefinitionNode definition => definition.Directives,
        TypeExtensionNode extension => extension.Directives,
        _ => [],
    };

    private void FillComplex(
        ComplexType type,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<FieldDefinitionNode> fields,
        IReadOnlyList<DirectiveNode> directives)
    {
        _appliedDirectives.Add(directives);
        foreach (NamedTypeNode iface in interfaces)
        {
            NamedType implemented = _types[iface.Name.Value];
            if (implemented is InterfaceType interfaceType)
            {
                type.AddInterface(interfaceType);
            }
            else
            {
                _errors.Add(new SchemaError(
                    $"Type {type.Name} must only implement Interface types, it cannot implement {implemented.Name}.", iface.Location));
            }
        }

        foreach (FieldDefinitionNode fieldNode in fields)
        {
            var field = new FieldDefinition(fieldNode.Name.Value, ResolveType(fieldNode.Type))
            {
                Description = fieldNode.Description?.Value,
                DeprecationReason = DeprecationReason(fieldNode.Directives),
                AstNode = fieldNode,
            };
            _appliedDirectives.Add(fieldNode.Directives);
            foreach (InputValueDefinitionNode argumentNode in fieldNode.Arguments)
            {
                field.AddArgument(CreateInputValue(new Argument(argumentNode.Name.Value, ResolveType(argumentNode.Type)), argumentNode));
            }

            type.AddField(field);
        }
    }

    private void FillUnion(UnionType union, IReadOnlyList<NamedTypeNode> members, IReadOnlyList<DirectiveNode> directives)
    {
        _appliedDirectives.Add(directives);
        foreach (NamedTypeNode member in members)
        {
            NamedType memberType = _types[member.Name.Value];
            if (memberType is ObjectType obj)
            {
                union.AddType(obj);
            }
            else
            {
                _unionsWithInvalidMembers.Add(union.Name);
                _errors.Add(new SchemaError(
                    $"Union type {union.Name} can only include Object types, it cannot include {memberType.Name}.", member.Location));
            }
        }
    }

    private void FillEnum(EnumType enumType, IReadOnlyList<EnumValueDefinitionNode> values, IReadOnlyList<DirectiveNode> directives)
    {
        _appliedDirectives.Add(directives);
        foreach (EnumValueDefinitionNode valueNode in values)
        {
            _appliedDirectives.Add(valueNode.Directives);
            enumType.AddValue(new EnumValue(valueNode.Name.Value)
            {
                Description = valueNode.Description?.Value,
                DeprecationReason = DeprecationReason(valueNode.Directives),
            });
        }
    }

    private void FillInput(InputObjectType input, IReadOnlyList<InputValueDefinitionNode> fields, IReadOnlyList<DirectiveNode> directives)
    {
        _appliedDirectives.Add(directives);
        if (FindDirective(directives, "oneOf") is not null)
        {
            input.IsOneOf = true;
        }

        foreach (InputValueDefinitionNode fieldNode in fields)
        {
            input.AddField(CreateInputValue(new InputField(fieldNode.Name.Value, ResolveType(fieldNode.Type)), fieldNode));
        }
    }

    private T CreateInputValue<T>(T value, InputValueDefinitionNode node)
        where T : InputValue
    {
        value.Description = node.Description?.Value;
        value.DeprecationReason = DeprecationReason(node.Directives);
        value.DefaultValueLiteral = node.DefaultValue;
        value.AstNode = node;
        _appliedDirectives.Add(node.Directives);
        return value;
    }

    private DirectiveDefinition CreateDirective(DirectiveDefinitionNode definition)
    {
        var directive = new DirectiveDefinition(definition.Name.Value)
        {
            Description = definition.Description?.Value,
            IsRepeatable = definition.Repeatable,
        };
        foreach (NameNode location in definition.Locations)
        {
            if (DirectiveLocationNames.TryParse(location.Value, out DirectiveLocation? parsed))
            {
                directive.AddLocation(parsed.Value);
            }
        }

        foreach (InputValueDefinitionNode argumentNode in definition.Arguments)
        {
            directive.AddArgument(CreateInputValue(new Argument(argumentNode.Name.Value, ResolveType(argumentNode.Type)), argumentNode));
        }

        return directive;
    }

    private GraphQLType ResolveType(TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(ResolveType(nonNull.Type)),
        ListTypeNode list => new ListType(ResolveType(list.Type)),
        _ => _types[((NamedTypeNode)node).Name.Value],
    };
}
