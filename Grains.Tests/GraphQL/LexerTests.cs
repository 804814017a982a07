using GraphQL.Language;

namespace Grains.Tests.GraphQL;

/// <summary>Lexer behaviour from spec section 2.1 and the error wording of graphql-js 16.</summary>
public sealed class LexerTests
{
    private static Token LexOne(string source)
    {
        var lexer = new Lexer(source);
        return lexer.Advance();
    }

    private static List<Token> LexAll(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
            tokens.Add(lexer.Token);
        }

        return tokens;
    }

    // Lone surrogates do not survive in attribute arguments, so tests write them as <DEAD> or <D83D>.
    private static GraphQLSyntaxError LexError(string source)
    {
        source = source.Replace("<DEAD>", "\uDEAD", StringComparison.Ordinal).Replace("<D83D>", "\uD83D", StringComparison.Ordinal);
        var lexer = new Lexer(source);
        return Assert.Throws<GraphQLSyntaxError>(() =>
        {
            while (lexer.Advance().Kind != TokenKind.EndOfFile)
            {
            }
        });
    }

    [Fact]
    public void Skips_bom_whitespace_commas_and_comments()
    {
        Token token = LexOne("\uFEFF \t,,\n# comment \u00e9\r\n  foo # trailing");
        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal("foo", token.Value);
        Assert.Equal(3, token.Line);
        Assert.Equal(3, token.Column);
    }

    [Fact]
    public void Counts_cr_lf_as_one_line_terminator_and_lone_cr_as_one()
    {
        List<Token> tokens = LexAll("a\r\nb\rc\nd");
        Assert.Equal([1, 2, 3, 4], tokens.Select(t => t.Line));
        Assert.All(tokens, t => Assert.Equal(1, t.Column));
    }

    [Fact]
    public void Lexes_every_punctuator()
    {
        List<Token> tokens = LexAll("! $ & ( ) ... : = @ [ ] { | }");
        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Ampersand, TokenKind.ParenL, TokenKind.ParenR,
                TokenKind.Spread, TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL,
                TokenKind.BracketR, TokenKind.BraceL, TokenKind.Pipe, TokenKind.BraceR,
            ],
            tokens.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    public void Lexes_numbers_keeping_their_source_text(string source, TokenKind kind)
    {
        Token token = LexOne(source);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(source, token.Value);
        Assert.Equal(source.Length, token.End);
    }

    // Error messages as graphql-js 16 words them (lexer-test.ts expectations).
    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.2e3e", "Invalid number, expected digit but got: \"e\".", 6)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 5)]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 2)]
    public void Refuses_malformed_numbers(string source, string message, int column)
    {
        GraphQLSyntaxError error = LexError(source);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unescaped unicode outside BMP \U0001F600\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with unicode surrogate pair escape \\uD800\\uDC00\"", "string with unicode surrogate pair escape \U00010000")]
    [InlineData("\"string with unicode surrogate pair escape \\uDBFF\\uDFFF\"", "string with unicode surrogate pair escape \U0010FFFF")]
    public void Decodes_strings(string source, string value)
    {
        Token token = LexOne(source);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
        Assert.Equal(source.Length, token.End);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 2)]
    [InlineData("\"no end quote", "Unterminated string.", 14)]
    [InlineData("'single quotes'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1)]
    [InlineData("\"bad surrogate <DEAD>\"", "Invalid character within String: U+DEAD.", 16)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Invalid Unicode escape sequence: \"\\uXXXF\".", 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 16)]
    [InlineData("\"bad surrogate \\u{DEAD} esc\"", "Invalid Unicode escape sequence: \"\\u{DEAD}\".", 16)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 39)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 25)]
    [InlineData("\"cannot escape half a pair <D83D>\\uDE00 esc\"", "Invalid character within String: U+D83D.", 28)]
    public void Refuses_malformed_strings(string source, string message, int column)
    {
        GraphQLSyntaxError error = LexError(source);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Block_string_value_is_dedented_and_keeps_escaped_triple_quotes()
    {
        Token token = LexOne("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL. \\\"\"\" \n  \"\"\"");
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL. \"\"\" ", token.Value);
    }

    [Fact]
    public void Block_string_advances_the_line_count_for_following_tokens()
    {
        List<Token> tokens = LexAll("\"\"\"a\r\nb\rc\n\"\"\" next");
        Assert.Equal(4, tokens[1].Line);
        Assert.Equal(5, tokens[1].Column);
    }

    [Theory]
    [InlineData("\"\"\"", "Unterminated string.", 4)]
    [InlineData("\"\"\"no end quote", "Unterminated string.", 16)]
    [InlineData("\"\"\"contains invalid surrogate <DEAD>\"\"\"", "Invalid character within String: U+DEAD.", 31)]
    public void Refuses_malformed_block_strings(string source, string message, int column)
    {
        GraphQLSyntaxError error = LexError(source);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("..", "Unexpected character: \".\".")]
    [InlineData("~", "Unexpected character: \"~\".")]
    [InlineData("\u0007", "Unexpected character: U+0007.")]
    [InlineData("\u203B", "Unexpected character: U+203B.")]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.")]
    [InlineData("<DEAD>", "Invalid character: U+DEAD.")]
    [InlineData("\"", "Unterminated string.")]
    public void Refuses_characters_outside_tokens(string source, string message)
    {
        Assert.Equal("Syntax Error: " + message, LexError(source).Message);
    }

    [Fact]
    public void Lookahead_does_not_move_the_current_token()
    {
        var lexer = new Lexer("a\nb c");
        lexer.Advance();
        Token next = lexer.Lookahead();
        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal("b", next.Value);
        Assert.Equal(2, next.Line);
        Assert.Equal("b", lexer.Advance().Value);
        Token c = lexer.Advance();
        Assert.Equal(("c", 2, 3), (c.Value, c.Line, c.Column));
    }

    [Fact]
    public void End_of_file_repeats()
    {
        var lexer = new Lexer("a");
        lexer.Advance();
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }
}
