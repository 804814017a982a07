using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>The type system grammar of spec section 3: definitions, extensions, directives.</summary>
public sealed partial class Parser
{
    private static readonly IReadOnlyList<NamedTypeNode> NoNamedTypes = [];
    private static readonly IReadOnlyList<FieldDefinitionNode> NoFields = [];
    private static readonly IReadOnlyList<InputValueDefinitionNode> NoInputValues = [];
    private static readonly IReadOnlyList<EnumValueDefinitionNode> NoEnumValues = [];
    private static readonly IReadOnlyList<OperationTypeDefinitionNode> NoOperationTypes = [];

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("schema");
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceL);
        var operationTypes = new List<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<OperationTypeDefinitionNode> ParseOptionalOperationTypes()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return NoOperationTypes;
        }

        var operationTypes = new List<OperationTypeDefinitionNode>();
        do
        {
            operationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return operationTypes;
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        Token start = Current;
        OperationType operation = ParseOperationType();
        Expect(TokenKind.Colon);
        NamedTypeNode type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Location = LocationFrom(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("scalar");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("type");
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    // ImplementsInterfaces : implements &? NamedType (& NamedType)*  (spec section 3.6)
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"))
        {
            return NoNamedTypes;
        }

        return ParseDelimitedNamedTypes(TokenKind.Ampersand);
    }

    // A leading delimiter is allowed: "implements & A & B", "union U = | A | B".
    private List<NamedTypeNode> ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var types = new List<NamedTypeNode>();
        do
        {
            types.Add(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return types;
    }

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return NoFields;
        }

        var fields = new List<FieldDefinitionNode>();
        do
        {
            fields.Add(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return fields;
    }

    private FieldDefinitionNode ParseFieldDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        IReadOnlyList<InputValueDefinitionNode> arguments = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = type,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return NoInputValues;
        }

        var values = new List<InputValueDefinitionNode>();
        do
        {
            values.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));

        return values;
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        NameNode name = ParseName();
        Expect(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("interface");
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("union");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<NamedTypeNode> types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Types = types,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : NoNamedTypes;

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("enum");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<EnumValueDefinitionNode> values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Values = values,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return NoEnumValues;
        }

        var values = new List<EnumValueDefinitionNode>();
        do
        {
            values.Add(ParseEnumValueDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return values;
    }

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();

        // EnumValue : Name but not true, false or null (spec section 2.9.6).
        Token token = Current;
        if (token.Kind == TokenKind.Name && token.Value is "true" or "false" or "null")
        {
            throw _lexer.Error(token.Start, $"{TokenKindText.Describe(token)} is reserved and cannot be used for an enum value.");
        }

        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("input");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<InputValueDefinitionNode> fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        return new InputObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        NameNode name = ParseName();
        IReadOnlyList<InputValueDefinitionNode> arguments = ParseArgumentDefinitions();
        bool repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");

        ExpectOptional(TokenKind.Pipe);
        var locations = new List<NameNode>();
        do
        {
            Token locationToken = Current;
            NameNode location = ParseName();
            if (!DirectiveLocationNames.TryParse(location.Value, out _))
            {
                throw Unexpected(locationToken);
            }

            locations.Add(location);
        }
        while (ExpectOptional(TokenKind.Pipe));

        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = locations,
            Location = LocationFrom(start),
        };
    }

    // ---- Extensions (spec sections 3.3.2 and 3.4.3) --------------------------------------------

    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        Token keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes = ParseOptionalOperationTypes();

        // An extension must add something.
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = LocationFrom(start) };
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = LocationFrom(start) };
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        NameNode name = ParseName();
        IReadOnlyList<NamedTypeNode> interfaces = ParseImplementsInterfaces();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<FieldDefinitionNode> fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode
        {
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = LocationFrom(start),
        };
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<NamedTypeNode> types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = LocationFrom(start) };
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<EnumValueDefinitionNode> values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = LocationFrom(start) };
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        Token start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        NameNode name = ParseName();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        IReadOnlyList<InputValueDefinitionNode> fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = LocationFrom(start) };
    }
}
