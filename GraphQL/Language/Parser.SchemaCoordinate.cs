using GraphQL.Language.Ast;

namespace GraphQL.Language;

/// <summary>Schema coordinates (spec section 2.14): their own small grammar, with no ignored characters at all.</summary>
public sealed partial class Parser
{
    /// <summary>
    /// Parses <c>Type</c>, <c>Type.member</c>, <c>Type.field(argument:)</c>, <c>@directive</c> or
    /// <c>@directive(argument:)</c>. Whitespace, commas and comments are not allowed anywhere.
    /// </summary>
    public static SchemaCoordinateNode ParseSchemaCoordinate(string source)
    {
        var reader = new CoordinateReader(source);
        SchemaCoordinateNode coordinate = reader.Read();
        return coordinate;
    }

    private sealed class CoordinateReader(string source)
    {
        private int _position;

        public SchemaCoordinateNode Read()
        {
            SchemaCoordinateNode result;
            if (Optional('@'))
            {
                NameNode directive = Name();
                if (Optional('('))
                {
                    NameNode argument = Name();
                    Expect(':');
                    Expect(')');
                    result = new DirectiveArgumentCoordinateNode { Name = directive, ArgumentName = argument, Location = Whole() };
                }
                else
                {
                    result = new DirectiveCoordinateNode { Name = directive, Location = Whole() };
                }
            }
            else
            {
                NameNode type = Name();
                if (!Optional('.'))
                {
                    result = new TypeCoordinateNode { Name = type, Location = Whole() };
                }
                else
                {
                    NameNode member = Name();
                    if (Optional('('))
                    {
                        NameNode argument = Name();
                        Expect(':');
                        Expect(')');
                        result = new ArgumentCoordinateNode { Name = type, FieldName = member, ArgumentName = argument, Location = Whole() };
                    }
                    else
                    {
                        result = new MemberCoordinateNode { Name = type, MemberName = member, Location = Whole() };
                    }
                }
            }

            if (_position < source.Length)
            {
                throw Error($"Expected <EOF>, found {Describe(_position)}.");
            }

            return result;
        }

        private Location Whole() => new(0, _position, 1, 1);

        private bool Optional(char c)
        {
            if (_position < source.Length && source[_position] == c)
            {
                _position++;
                return true;
            }

            return false;
        }

        private void Expect(char c)
        {
            if (!Optional(c))
            {
                throw Error($"Expected \"{c}\", found {Describe(_position)}.");
            }
        }

        private NameNode Name()
        {
            int start = _position;
            if (_position >= source.Length || !Lexer.IsNameStart(source[_position]))
            {
                throw Error($"Expected Name, found {Describe(_position)}.");
            }

            _position++;
            while (_position < source.Length && Lexer.IsNameContinue(source[_position]))
            {
                _position++;
            }

            return new NameNode { Value = source[start.._position], Location = new Location(start, _position, 1, start + 1) };
        }

        // The token at a position as graphql-js describes it; a character that starts no token
        // (whitespace included, since coordinates allow none) is an error of its own.
        private string Describe(int position)
        {
            if (position >= source.Length)
            {
                return "<EOF>";
            }

            char c = source[position];
            if (c is '(' or ')' or '.' or ':' or '@')
            {
                return $"\"{c}\"";
            }

            if (Lexer.IsNameStart(c))
            {
                int end = position + 1;
                while (end < source.Length && Lexer.IsNameContinue(source[end]))
                {
                    end++;
                }

                return $"Name \"{source[position..end]}\"";
            }

            string shown = c is >= ' ' and <= '~' ? $"\"{c}\"" : $"U+{(int)c:X4}";
            throw Error($"Invalid character: {shown}.");
        }

        private GraphQLSyntaxError Error(string description)
        {
            var (line, column) = Lexer.LineAndColumn(source, _position);
            return new GraphQLSyntaxError(description, _position, line, column);
        }
    }
}
