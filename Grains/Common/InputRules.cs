using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Network.Grains.Common;

/// <summary>
/// The input rules every grain applies before writing. Each check either returns the normalised value or throws a
/// <see cref="GraphException"/> naming the field, so bad input changes nothing.
/// </summary>
public static partial class InputRules
{
    public const int MaxTopics = 20;
    public const int MaxTopicLength = 50;
    public const int MaxHashtags = 20;
    public const int MaxNameLength = 120;
    public const int MaxDisplayNameLength = 100;
    public const int MaxPlatformLength = 50;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_]{2,29}$")]
    private static partial Regex HandlePattern();

    [GeneratedRegex(@"^#?[\p{L}\p{N}_]{1,50}$")]
    private static partial Regex HashtagPattern();

    /// <summary>3 to 30 letters, digits or underscores, starting with a letter or digit. Unique regardless of case.</summary>
    public static string Handle(string? handle, string field = "handle")
    {
        if (handle is null || !HandlePattern().IsMatch(handle))
            throw GraphException.Invalid(field, "A handle is 3 to 30 letters, digits or underscores, starting with a letter or digit.");
        return handle;
    }

    public static string DisplayName(string? value, string field = "displayName") => Text(value, field, MaxDisplayNameLength);

    public static string Name(string? value, string field = "name") => Text(value, field, MaxNameLength);

    public static string? Platform(string? value, string field = "platform") =>
        value is null ? null : Text(value, field, MaxPlatformLength);

    /// <summary>Trimmed, non-empty, at most <paramref name="maxLength"/> characters, no control characters.</summary>
    public static string Text(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) throw GraphException.Invalid(field, $"{field} must not be empty.");
        if (trimmed.Length > maxLength) throw GraphException.Invalid(field, $"{field} is longer than {maxLength} characters.");
        if (trimmed.Any(char.IsControl)) throw GraphException.Invalid(field, $"{field} must not contain control characters.");
        return trimmed;
    }

    public static string Country(string? code, string field = "country") =>
        CountryCodes.IsValid(code) ? code! : throw GraphException.Invalid(field, $"'{code}' is not an ISO 3166-1 alpha-2 country code in upper case.");

    public static string? OptionalCountry(string? code, string field = "country") => code is null ? null : Country(code, field);

    public static double? Leaning(double? leaning, string field = "leaning")
    {
        if (leaning is null) return null;
        if (!double.IsFinite(leaning.Value) || leaning < -1 || leaning > 1)
            throw GraphException.Invalid(field, "leaning must be a number from -1 to 1.");
        return leaning;
    }

    /// <summary>Trimmed, lower-cased, de-duplicated (first occurrence kept), at most <see cref="MaxTopics"/>.</summary>
    public static ImmutableArray<string> Topics(IEnumerable<string>? topics, string field = "topics")
    {
        if (topics is null) return [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in topics)
        {
            var topic = Text(raw, field, MaxTopicLength).ToLowerInvariant();
            if (seen.Add(topic)) result.Add(topic);
        }
        if (result.Count > MaxTopics) throw GraphException.Invalid(field, $"At most {MaxTopics} distinct topics are allowed.");
        return result.ToImmutable();
    }

    /// <summary>Each hashtag is written "#tag"; duplicates that differ only in case collapse into the first.</summary>
    public static ImmutableArray<string> Hashtags(IEnumerable<string>? hashtags, string field = "hashtags")
    {
        if (hashtags is null) return [];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in hashtags)
        {
            var tag = raw?.Trim() ?? "";
            if (!HashtagPattern().IsMatch(tag)) throw GraphException.Invalid(field, $"'{raw}' is not a hashtag: letters, digits or underscores, at most 50.");
            tag = tag.StartsWith('#') ? tag : "#" + tag;
            if (seen.Add(tag)) result.Add(tag);
        }
        if (result.Count > MaxHashtags) throw GraphException.Invalid(field, $"At most {MaxHashtags} distinct hashtags are allowed.");
        return result.ToImmutable();
    }

    /// <summary>Not before 1900 and not more than a day ahead of now (clock skew allowance).</summary>
    public static DateTimeOffset OccurredAt(DateTimeOffset at, DateTimeOffset now, string field = "occurredAt")
    {
        if (at.Year < 1900 || at > now.AddDays(1)) throw GraphException.Invalid(field, "occurredAt must lie between 1900 and now.");
        return at.ToUniversalTime();
    }

    public static void Defined<TEnum>(TEnum value, string field) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value)) throw GraphException.Invalid(field, $"'{value}' is not a valid {typeof(TEnum).Name}.");
    }
}
