using System.Globalization;
using System.Text;

namespace GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens (spec section 2.1), one at a time, skipping the ignored
/// tokens: whitespace, line terminators, commas, comments and byte order marks. It keeps one
/// token of lookahead, which the parser needs to see past a description.
/// </summary>
public sealed class Lexer
{
    private readonly string _source;

    // Line bookkeeping as it stands at the end of the current token.
    private int _line = 1;
    private int _lineStart;

    private bool _hasLookahead;
    private Token _lookahead;
    private int _lookaheadLine;
    private int _lookaheadLineStart;

    public Lexer(string source)
    {
        _source = source;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
    }

    public string Source => _source;

    /// <summary>The current token; StartOfFile until the first Advance.</summary>
    public Token Token { get; private set; }

    /// <summary>How many tokens Advance has produced, end of file included.</summary>
    public int TokenCount { get; private set; }

    /// <summary>Moves to the next token and returns it. At end of file it stays there.</summary>
    public Token Advance()
    {
        if (_hasLookahead)
        {
            Token = _lookahead;
            _line = _lookaheadLine;
            _lineStart = _lookaheadLineStart;
            _hasLookahead = false;
        }
        else
        {
            Token = Read(Token.End, ref _line, ref _lineStart);
        }

        TokenCount++;
        return Token;
    }

    /// <summary>The token after the current one, without moving.</summary>
    public Token Lookahead()
    {
        if (!_hasLookahead)
        {
            _lookaheadLine = _line;
            _lookaheadLineStart = _lineStart;
            _lookahead = Read(Token.End, ref _lookaheadLine, ref _lookaheadLineStart);
            _hasLookahead = true;
        }

        return _lookahead;
    }

    /// <summary>Builds a syntax error at a character offset, working out its line and column.</summary>
    public GraphQLSyntaxError Error(int position, string description)
    {
        var (line, column) = LineAndColumn(_source, position);
        return new GraphQLSyntaxError(description, position, line, column);
    }

    /// <summary>1-based line and column of an offset; \r\n, \n and \r each end a line.</summary>
    public static (int Line, int Column) LineAndColumn(string source, int position)
    {
        int line = 1;
        int lineStart = 0;
        int end = Math.Min(position, source.Length);
        for (int i = 0; i < end; i++)
        {
            char c = source[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return (line, position - lineStart + 1);
    }

    private Token Read(int position, ref int line, ref int lineStart)
    {
        string body = _source;
        int length = body.Length;
        while (position < length)
        {
            char c = body[position];
            switch (c)
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    line++;
                    lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                    line++;
                    lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
            }

            int column = position - lineStart + 1;
            TokenKind punctuator = c switch
            {
                '!' => TokenKind.Bang,
                '$' => TokenKind.Dollar,
                '&' => TokenKind.Ampersand,
                '(' => TokenKind.ParenL,
                ')' => TokenKind.ParenR,
                ':' => TokenKind.Colon,
                '=' => TokenKind.Equals,
                '@' => TokenKind.At,
                '[' => TokenKind.BracketL,
                ']' => TokenKind.BracketR,
                '{' => TokenKind.BraceL,
                '|' => TokenKind.Pipe,
                '}' => TokenKind.BraceR,
                _ => TokenKind.StartOfFile,
            };
            if (punctuator != TokenKind.StartOfFile)
            {
                return new Token(punctuator, position, position + 1, line, column, null);
            }

            if (c == '.' && CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
            {
                return new Token(TokenKind.Spread, position, position + 3, line, column, null);
            }

            if (c == '"')
            {
                if (CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
                {
                    return ReadBlockString(position, line, column, ref line, ref lineStart);
                }

                return ReadString(position, line, column);
            }

            if (IsDigit(c) || c == '-')
            {
                return ReadNumber(position, line, column);
            }

            if (IsNameStart(c))
            {
                int end = position + 1;
                while (end < length && IsNameContinue(body[end]))
                {
                    end++;
                }

                return new Token(TokenKind.Name, position, end, line, column, NamePool.Get(body.AsSpan(position, end - position)));
            }

            throw Error(position, c == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsScalarAt(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        return new Token(TokenKind.EndOfFile, length, length, line, length - lineStart + 1, null);
    }

    // Comment :: # CommentChar*  — runs to the end of the line (spec section 2.1.4).
    private int SkipComment(int position)
    {
        string body = _source;
        position++;
        while (position < body.Length)
        {
            char c = body[position];
            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (!char.IsSurrogate(c))
            {
                position++;
            }
            else if (IsSurrogatePairAt(position))
            {
                position += 2;
            }
            else
            {
                // A lone surrogate is not a source character; the next read reports it.
                break;
            }
        }

        return position;
    }

    // IntValue / FloatValue, spec section 2.9.1-2.9.2, including the rule that a number may not be
    // directly followed by a digit, a '.' or a name start: "1.2.3" and "0x12" are errors, not two tokens.
    private Token ReadNumber(int start, int line, int column)
    {
        int position = start;
        bool isFloat = false;
        if (CharAt(position) == '-')
        {
            position++;
        }

        if (CharAt(position) == '0')
        {
            position++;
            if (IsDigit(CharAt(position)))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (CharAt(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        char e = CharAt(position);
        if (e == 'e' || e == 'E')
        {
            isFloat = true;
            position++;
            char sign = CharAt(position);
            if (sign == '+' || sign == '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        char next = CharAt(position);
        if (next == '.' || IsNameStart(next))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, line, column,
            _source.Substring(start, position - start));
    }

    private int ReadDigits(int position)
    {
        if (!IsDigit(CharAt(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        position++;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    // StringValue with escapes, spec section 2.9.4. Strings without escapes are one substring.
    private Token ReadString(int start, int line, int column)
    {
        string body = _source;
        int position = start + 1;
        int chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            char c = body[position];
            if (c == '"')
            {
                string text;
                if (value is null)
                {
                    text = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    value.Append(body, chunkStart, position - chunkStart);
                    text = value.ToString();
                }

                return new Token(TokenKind.String, start, position + 1, line, column, text);
            }

            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                position += ReadEscape(position, value);
                chunkStart = position;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (!char.IsSurrogate(c))
            {
                position++;
            }
            else if (IsSurrogatePairAt(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    // Appends the escaped character(s) at position (which holds '\') and returns the escape's length.
    private int ReadEscape(int position, StringBuilder value)
    {
        char c = CharAt(position + 1);
        switch (c)
        {
            case '"': value.Append('"'); return 2;
            case '\\': value.Append('\\'); return 2;
            case '/': value.Append('/'); return 2;
            case 'b': value.Append('\b'); return 2;
            case 'f': value.Append('\f'); return 2;
            case 'n': value.Append('\n'); return 2;
            case 'r': value.Append('\r'); return 2;
            case 't': value.Append('\t'); return 2;
            case 'u':
                return CharAt(position + 2) == '{'
                    ? ReadVariableWidthUnicode(position, value)
                    : ReadFixedWidthUnicode(position, value);
            default:
                throw Error(position, $"Invalid character escape sequence: \"{Slice(position, 2)}\".");
        }
    }

    // \u{X...}: at most 8 hex digits naming a Unicode scalar value (not a surrogate).
    private int ReadVariableWidthUnicode(int position, StringBuilder value)
    {
        int point = 0;
        int size = 3;
        while (size < 12)
        {
            char c = CharAt(position + size++);
            if (c == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                value.Append(char.ConvertFromUtf32(point));
                return size;
            }

            // A non-hex character ORs in -1, and more than seven hex digits overflow into the
            // sign bit; either way the value goes negative and the escape is invalid.
            point = (point << 4) | HexValue(c);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, size)}\".");
    }

    // \uXXXX, or a surrogate pair written as two escapes \uD83D\uDE00 (spec section 2.9.4).
    private int ReadFixedWidthUnicode(int position, StringBuilder value)
    {
        int code = Read16BitHex(position + 2);
        if (code >= 0 && !char.IsSurrogate((char)code))
        {
            value.Append((char)code);
            return 6;
        }

        if (code >= 0 && char.IsHighSurrogate((char)code)
            && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            int trailing = Read16BitHex(position + 8);
            if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    private int Read16BitHex(int position) =>
        (HexValue(CharAt(position)) << 12) | (HexValue(CharAt(position + 1)) << 8)
        | (HexValue(CharAt(position + 2)) << 4) | HexValue(CharAt(position + 3));

    // BlockString, spec section 2.9.4: raw text up to the closing """, where \""" stands for """,
    // then dedented. Line terminators inside it advance the line count.
    private Token ReadBlockString(int start, int line, int column, ref int currentLine, ref int lineStart)
    {
        string body = _source;
        int position = start + 3;
        int chunkStart = position;
        StringBuilder? raw = null;
        while (position < body.Length)
        {
            char c = body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                string value;
                if (raw is null)
                {
                    value = BlockString.Dedent(body.AsSpan(chunkStart, position - chunkStart));
                }
                else
                {
                    raw.Append(body, chunkStart, position - chunkStart);
                    value = BlockString.Dedent(raw.ToString());
                }

                return new Token(TokenKind.BlockString, start, position + 3, line, column, value);
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                raw ??= new StringBuilder();
                raw.Append(body, chunkStart, position - chunkStart).Append("\"\"\"");
                position += 4;
                chunkStart = position;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                currentLine++;
                lineStart = position;
                continue;
            }

            if (!char.IsSurrogate(c))
            {
                position++;
            }
            else if (IsSurrogatePairAt(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private char CharAt(int position) => position < _source.Length ? _source[position] : '\0';

    private string Slice(int position, int length) =>
        _source.Substring(position, Math.Min(length, _source.Length - position));

    private bool IsSurrogatePairAt(int position) =>
        position + 1 < _source.Length && char.IsHighSurrogate(_source[position]) && char.IsLowSurrogate(_source[position + 1]);

    private bool IsScalarAt(int position) => !char.IsSurrogate(_source[position]) || IsSurrogatePairAt(position);

    // How graphql-js shows a character in a message: "x" for printable ASCII, U+XXXX otherwise.
    private string PrintCodePointAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        int code = IsSurrogatePairAt(position) ? char.ConvertToUtf32(_source[position], _source[position + 1]) : _source[position];
        if (code >= 0x20 && code <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private static bool IsScalarValue(int point) => point is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    internal static bool IsDigit(char c) => c is >= '0' and <= '9';

    internal static bool IsNameStart(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or '_';

    internal static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);
}
