using System.Text;

namespace GraphQL.Language;

/// <summary>
/// Block strings ("""...""", spec section 2.9.4): the dedent algorithm that turns raw text into a
/// value, and the reverse, printing a value back as a block string the way graphql-js does.
/// </summary>
public static class BlockString
{
    /// <summary>
    /// BlockStringValue(rawValue) of spec section 2.9.4: split into lines, remove the common
    /// indentation of every line but the first, drop leading and trailing blank lines, join with \n.
    /// </summary>
    public static string Dedent(ReadOnlySpan<char> raw)
    {
        // Line boundaries as (start, end) pairs; lines are few, so a small list is fine.
        var starts = new List<int>();
        var ends = new List<int>();
        int lineStart = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (c == '\n' || c == '\r')
            {
                starts.Add(lineStart);
                ends.Add(i);
                if (c == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }

                lineStart = i + 1;
            }
        }

        starts.Add(lineStart);
        ends.Add(raw.Length);

        int commonIndent = int.MaxValue;
        for (int i = 1; i < starts.Count; i++)
        {
            int indent = LeadingWhitespace(raw[starts[i]..ends[i]]);
            if (indent < ends[i] - starts[i] && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (commonIndent != int.MaxValue)
        {
            for (int i = 1; i < starts.Count; i++)
            {
                starts[i] = Math.Min(starts[i] + commonIndent, ends[i]);
            }
        }

        int first = 0;
        while (first < starts.Count && IsBlank(raw[starts[first]..ends[first]]))
        {
            first++;
        }

        int last = starts.Count - 1;
        while (last >= first && IsBlank(raw[starts[last]..ends[last]]))
        {
            last--;
        }

        if (first > last)
        {
            return string.Empty;
        }

        if (first == last)
        {
            return raw[starts[first]..ends[first]].ToString();
        }

        var builder = new StringBuilder(raw.Length);
        for (int i = first; i <= last; i++)
        {
            if (i > first)
            {
                builder.Append('\n');
            }

            builder.Append(raw[starts[i]..ends[i]]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether printing <paramref name="value"/> as a block string and parsing it back gives the
    /// same value (graphql-js isPrintableAsBlockString): no control characters, no \r, no leading
    /// or trailing blank line, no indentation shared by every line.
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        bool isEmptyLine = true;
        bool hasIndent = false;
        bool hasCommonIndent = true;
        bool seenNonEmptyLine = false;
        foreach (char c in value)
        {
            switch (c)
            {
                case '\u0000' or '\u0001' or '\u0002' or '\u0003' or '\u0004' or '\u0005' or '\u0006'
                    or '\u0007' or '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F':
                    return false;
                case '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent = hasIndent || isEmptyLine;
                    break;
                default:
                    hasCommonIndent = hasCommonIndent && hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false;
        }

        return !(hasCommonIndent && seenNonEmptyLine);
    }

    /// <summary>
    /// Prints a value as a block string literal the way graphql-js printBlockString does: on its
    /// own lines when that reads better, kept on one line when a leading newline would change it.
    /// </summary>
    public static string Print(string value)
    {
        string escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        string[] lines = escaped.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        bool isSingleLine = lines.Length == 1;

        // Common indentation can only be kept by a leading newline.
        bool forceLeadingNewLine = lines.Length > 1;
        for (int i = 1; i < lines.Length && forceLeadingNewLine; i++)
        {
            forceLeadingNewLine = lines[i].Length == 0 || IsWhiteSpace(lines[i][0]);
        }

        bool hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        bool hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        bool hasTrailingSlash = value.EndsWith('\\');
        bool forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        bool printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewline
            || forceLeadingNewLine || hasTrailingTripleQuotes;

        var builder = new StringBuilder(escaped.Length + 8);
        builder.Append("\"\"\"");
        bool skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            builder.Append('\n');
        }

        builder.Append("\"\"\"");
        return builder.ToString();
    }

    private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t';

    private static int LeadingWhitespace(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsBlank(ReadOnlySpan<char> line) => LeadingWhitespace(line) == line.Length;
}
