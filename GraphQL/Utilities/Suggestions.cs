using System.Text;

namespace GraphQL.Utilities;

/// <summary>
/// "Did you mean" hints as graphql-js gives them: options within an edit distance of 40% of the
/// input's length (Damerau-Levenshtein, a change of case counting as one edit), closest first,
/// ties in natural order, at most five named.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    public static List<string> For(string input, IEnumerable<string> options)
    {
        int threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var scored = new List<(string Option, int Distance)>();
        foreach (string option in options)
        {
            int? distance = Distance(input, option, threshold);
            if (distance is { } d)
            {
                scored.Add((option, d));
            }
        }

        scored.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare(a.Option, b.Option));
        var result = new List<string>(scored.Count);
        foreach ((string option, _) in scored)
        {
            result.Add(option);
        }

        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" — empty when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var message = new StringBuilder(" Did you mean ");
        if (subMessage is not null)
        {
            message.Append(subMessage).Append(' ');
        }

        int count = Math.Min(suggestions.Count, MaxSuggestions);
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                message.Append(count > 2 ? ", " : " ");
            }

            if (i == count - 1 && count > 1)
            {
                message.Append("or ");
            }

            message.Append('"').Append(suggestions[i]).Append('"');
        }

        return message.Append('?').ToString();
    }

    private static int? Distance(string input, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        string a = option.ToLowerInvariant();
        string b = input.ToLowerInvariant();
        if (a == b)
        {
            return 1;
        }

        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (int r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (int j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int[] up = rows[(i - 1) % 3];
            int[] current = rows[i % 3];
            int smallest = current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        int distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Compares strings with runs of digits compared by value ("a2" before "a10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                int startA = i, startB = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                int numberOrder = CompareDigits(a[startA..i], b[startB..j]);
                if (numberOrder != 0)
                {
                    return numberOrder;
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i] - b[j];
                }

                i++;
                j++;
            }
        }

        return (a.Length - i) - (b.Length - j);
    }

    private static int CompareDigits(string x, string y)
    {
        string trimmedX = x.TrimStart('0'), trimmedY = y.TrimStart('0');
        if (trimmedX.Length != trimmedY.Length)
        {
            return trimmedX.Length - trimmedY.Length;
        }

        return string.CompareOrdinal(trimmedX, trimmedY);
    }
}
