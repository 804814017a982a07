using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>
/// Recursive-descent parser for the whole GraphQL grammar (spec sections 2 and 3, appendix B):
/// executable documents and type system documents alike. Errors are <see cref="GraphQLSyntaxError"/>s
/// worded as graphql-js words them. This file holds the entry points, the token helpers and the
/// executable grammar; <c>Parser.TypeSystem.cs</c> holds the type system grammar.
/// </summary>
public sealed partial class Parser
{
    private static readonly IReadOnlyList<DirectiveNode> NoDirectives = [];
    private static readonly IReadOnlyList<ArgumentNode> NoArguments = [];
    private static readonly IReadOnlyList<VariableDefinitionNode> NoVariables = [];

    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _depth;
    private int _lastEnd;
    private bool _sawVariable;

    private Parser(string source, ParserOptions? options)
    {
        _lexer = new Lexer(source);
        _options = options ?? ParserOptions.Default;
    }

    /// <summary>Parses a whole document: operations, fragments, type system definitions and extensions.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        new Parser(source, options).ParseDocument();

    /// <summary>Parses a lone value such as <c>[1, "two", {three: 3}]</c>; variables are allowed.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Advance();
        ValueNode value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a lone constant value, as introspection's defaultValue strings are.</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Advance();
        ValueNode value = parser.ParseValueLiteral(isConst: true);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a lone type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.Advance();
        TypeNode type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    // ---- Tokens -------------------------------------------------------------------------------

    private Token Current => _lexer.Token;

    private void Advance()
    {
        _lastEnd = _lexer.Token.End;
        Token token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && _lexer.TokenCount > _options.MaxTokens)
        {
            throw _lexer.Error(token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private Token Expect(TokenKind kind)
    {
        Token token = _lexer.Token;
        if (token.Kind != kind)
        {
            throw _lexer.Error(token.Start, $"Expected {TokenKindText.Describe(kind)}, found {TokenKindText.Describe(token)}.");
        }

        Advance();
        return token;
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        Token token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != keyword)
        {
            throw _lexer.Error(token.Start, $"Expected \"{keyword}\", found {TokenKindText.Describe(token)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        Token token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != keyword)
        {
            return false;
        }

        Advance();
        return true;
    }

    private GraphQLSyntaxError Unexpected(Token token) =>
        _lexer.Error(token.Start, $"Unexpected {TokenKindText.Describe(token)}.");

    private GraphQLSyntaxError Unexpected() => Unexpected(_lexer.Token);

    private Location LocationFrom(Token start) => new(start.Start, _lastEnd, start.Line, start.Column);

    // Called before every recursion into a nested construct, so that refusing a deep document
    // happens while the stack is still shallow.
    private void EnterNesting(Token at)
    {
        if (++_depth > _options.MaxDepth)
        {
            throw _lexer.Error(at.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}. Parsing aborted.");
        }
    }

    private void LeaveNesting() => _depth--;

    // ---- Document (spec section 2.2) ----------------------------------------------------------

    private DocumentNode ParseDocument()
    {
        Advance();
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!Peek(TokenKind.EndOfFile));

        return new DocumentNode
        {
            Definitions = definitions,
            TokenCount = _lexer.TokenCount,
            HasVariables = _sawVariable,
            Location = new Location(0, _lexer.Source.Length, 1, 1),
        };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        // Many definitions begin with a description, so the keyword may be one token further on.
        bool hasDescription = PeekDescription();
        Token keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw _lexer.Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw _lexer.Error(Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // ---- Operations (spec section 2.3) --------------------------------------------------------

    private OperationDefinitionNode ParseOperationDefinition()
    {
        Token start = Current;
        if (Peek(TokenKind.BraceL))
        {
            SelectionSetNode shorthand = ParseSelectionSet();
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                VariableDefinitions = NoVariables,
                Directives = NoDirectives,
                SelectionSet = shorthand,
                Location = LocationFrom(start),
            };
        }

        StringValueNode? description = ParseDescription();
        OperationType operation = ParseOperationType();
        NameNode? name = Peek(TokenKind.Name) ? ParseName() : null;
        IReadOnlyList<VariableDefinitionNode> variables = ParseVariableDefinitions();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = variables,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    private OperationType ParseOperationType()
    {
        Token token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return NoVariables;
        }

        var variables = new List<VariableDefinitionNode>();
        do
        {
            variables.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return variables;
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        VariableNode variable = ParseVariable();
        Expect(TokenKind.Colon);
        TypeNode type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private VariableNode ParseVariable()
    {
        _sawVariable = true;
        Token start = Expect(TokenKind.Dollar);
        NameNode name = ParseName();
        return new VariableNode { Name = name, Location = LocationFrom(start) };
    }

    // ---- Selections (spec sections 2.4-2.8) ---------------------------------------------------

    private SelectionSetNode ParseSelectionSet()
    {
        Token start = Current;
        EnterNesting(start);
        Expect(TokenKind.BraceL);
        var selections = new List<SelectionNode>();
        do
        {
            selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        LeaveNesting();
        return new SelectionSetNode { Selections = selections, Location = LocationFrom(start) };
    }

    private FieldNode ParseField()
    {
        Token start = Current;
        NameNode nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }

        IReadOnlyList<ArgumentNode> arguments = ParseArguments(isConst: false);
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode? selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return NoArguments;
        }

        var arguments = new List<ArgumentNode>();
        do
        {
            Token start = Current;
            NameNode name = ParseName();
            Expect(TokenKind.Colon);
            ValueNode value = ParseValueLiteral(isConst);
            arguments.Add(new ArgumentNode { Name = name, Value = value, Location = LocationFrom(start) });
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return arguments;
    }

    // "..." then either a named spread or an inline fragment with an optional type condition.
    private SelectionNode ParseFragment()
    {
        Token start = Expect(TokenKind.Spread);
        bool hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            NameNode name = ParseName();
            IReadOnlyList<DirectiveNode> spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode { Name = name, Directives = spreadDirectives, Location = LocationFrom(start) };
        }

        NamedTypeNode? typeCondition = hasTypeCondition ? ParseNamedType() : null;
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new InlineFragmentNode
        {
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        Token start = Current;
        StringValueNode? description = ParseDescription();
        ExpectKeyword("fragment");

        // FragmentName is any Name but "on" (spec section 2.8).
        if (Current.Kind == TokenKind.Name && Current.Value == "on")
        {
            throw Unexpected();
        }

        NameNode name = ParseName();
        ExpectKeyword("on");
        NamedTypeNode typeCondition = ParseNamedType();
        IReadOnlyList<DirectiveNode> directives = ParseDirectives(isConst: false);
        SelectionSetNode selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = LocationFrom(start),
        };
    }

    // ---- Values (spec section 2.9) ------------------------------------------------------------

    private ValueNode ParseValueLiteral(bool isConst)
    {
        Token token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = token.Value!, Location = token.Location };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = token.Value!, Location = token.Location };
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = token.Location },
                    "false" => new BooleanValueNode { Value = false, Location = token.Location },
                    "null" => new NullValueNode { Location = token.Location },
                    _ => new EnumValueNode { Value = token.Value!, Location = token.Location },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Advance();
                    if (Current.Kind == TokenKind.Name)
                    {
                        throw _lexer.Error(token.Start, $"Unexpected variable \"${Current.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private ListValueNode ParseList(bool isConst)
    {
        Token start = Current;
        EnterNesting(start);
        Advance();
        var values = new List<ValueNode>();
        while (!ExpectOptional(TokenKind.BracketR))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        LeaveNesting();
        return new ListValueNode { Values = values, Location = LocationFrom(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        Token start = Current;
        EnterNesting(start);
        Advance();
        var fields = new List<ObjectFieldNode>();
        while (!ExpectOptional(TokenKind.BraceR))
        {
            Token fieldStart = Current;
            NameNode name = ParseName();
            Expect(TokenKind.Colon);
            ValueNode value = ParseValueLiteral(isConst);
            fields.Add(new ObjectFieldNode { Name = name, Value = value, Location = LocationFrom(fieldStart) });
        }

        LeaveNesting();
        return new ObjectValueNode { Fields = fields, Location = LocationFrom(start) };
    }

    private StringValueNode ParseStringLiteral()
    {
        Token token = Current;
        Advance();
        return new StringValueNode
        {
            Value = token.Value!,
            Block = token.Kind == TokenKind.BlockString,
            Location = token.Location,
        };
    }

    // ---- Directives (spec section 2.12) -------------------------------------------------------

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return NoDirectives;
        }

        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            Token start = Current;
            Advance();
            NameNode name = ParseName();
            IReadOnlyList<ArgumentNode> arguments = ParseArguments(isConst);
            directives.Add(new DirectiveNode { Name = name, Arguments = arguments, Location = LocationFrom(start) });
        }

        return directives;
    }

    // ---- Types (spec section 2.11) ------------------------------------------------------------

    private TypeNode ParseTypeReference()
    {
        Token start = Current;
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting(start);
            Advance();
            TypeNode inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            LeaveNesting();
            type = new ListTypeNode { Type = inner, Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptional(TokenKind.Bang))
        {
            return new NonNullTypeNode { Type = type, Location = LocationFrom(start) };
        }

        return type;
    }

    private NamedTypeNode ParseNamedType()
    {
        Token start = Current;
        NameNode name = ParseName();
        return new NamedTypeNode { Name = name, Location = LocationFrom(start) };
    }

    private NameNode ParseName()
    {
        Token token = Expect(TokenKind.Name);
        return new NameNode { Value = token.Value!, Location = token.Location };
    }
}
