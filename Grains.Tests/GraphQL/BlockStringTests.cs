using GraphQL.Language;

namespace Grains.Tests.GraphQL;

/// <summary>
/// The spec's BlockStringValue algorithm (section 2.9.4) and graphql-js's block string printing.
/// Print and IsPrintable expectations were produced by graphql-js 16.15.0 printBlockString and
/// isPrintableAsBlockString.
/// </summary>
public sealed class BlockStringTests
{
    [Fact]
    public void Spec_example_removes_common_indent_and_blank_edge_lines()
    {
        // Spec section 2.9.4 example: the two forms give the same value.
        const string raw = "\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ";
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", BlockString.Dedent(raw));
    }

    [Fact]
    public void First_line_is_not_counted_for_common_indent_nor_dedented()
    {
        Assert.Equal("  first\nsecond\n  third", BlockString.Dedent("  first\n    second\n      third"));
    }

    [Fact]
    public void Whitespace_only_lines_do_not_set_the_indent()
    {
        Assert.Equal("a\n\nb", BlockString.Dedent("\n  a\n \n  b"));
    }

    [Fact]
    public void Tabs_count_as_indentation_and_all_line_terminators_become_newlines()
    {
        Assert.Equal("a\nb\nc", BlockString.Dedent("\r\n\ta\r\n\tb\r\tc"));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   \n  \n", "")]
    [InlineData("single", "single")]
    public void Degenerate_inputs(string raw, string expected)
    {
        Assert.Equal(expected, BlockString.Dedent(raw));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("a", "\"\"\"a\"\"\"")]
    [InlineData(" leading", "\"\"\" leading\"\"\"")]
    [InlineData("trailing \"", "\"\"\"\ntrailing \"\n\"\"\"")]
    [InlineData("trailing \\", "\"\"\"\ntrailing \\\n\"\"\"")]
    [InlineData("a\nb", "\"\"\"\na\nb\n\"\"\"")]
    [InlineData("  a\n  b", "\"\"\"\n  a\n  b\n\"\"\"")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    [InlineData("tab\there", "\"\"\"tab\there\"\"\"")]
    [InlineData("first\n\tsecond", "\"\"\"\nfirst\n\tsecond\n\"\"\"")]
    public void Prints_like_graphql_js(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("a\n  b", true)]
    [InlineData("  a\n  b", false)]
    [InlineData("\n leading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("a\r\nb", false)]
    [InlineData("bell\u0007", false)]
    [InlineData("tab\there", true)]
    public void Printability_matches_graphql_js(string value, bool printable)
    {
        Assert.Equal(printable, BlockString.IsPrintableAsBlockString(value));
    }

    [Theory]
    [InlineData("a\n  b")]
    [InlineData("has \"\"\" inside")]
    [InlineData("trailing \"")]
    [InlineData(" leading")]
    [InlineData("first\n\tsecond")]
    public void Printable_values_survive_print_then_lex(string value)
    {
        var lexer = new Lexer(BlockString.Print(value));
        Assert.Equal(value, lexer.Advance().Value);
    }
}
