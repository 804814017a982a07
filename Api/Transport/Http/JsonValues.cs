using System.Text.Json;

namespace Network.Api.Transport.Http;

/// <summary>
/// Converts JSON into the plain values the executor takes for variables and extensions: null, bool,
/// string, int, long or double, lists and string-keyed maps (later duplicate keys win, as in
/// JavaScript). Recursion is bounded by the reader's MaxDepth.
/// </summary>
internal static class JsonValues
{
    public static object? Read(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Number(ref reader),
        JsonTokenType.StartArray => ReadList(ref reader),
        JsonTokenType.StartObject => ReadMap(ref reader),
        _ => throw new JsonException($"Unexpected JSON token {reader.TokenType}."),
    };

    /// <summary>Reads the object the reader is at (on its StartObject) into a map.</summary>
    public static Dictionary<string, object?> ReadMap(ref Utf8JsonReader reader)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!;
            reader.Read();
            map[name] = Read(ref reader);
        }

        return map;
    }

    private static List<object?> ReadList(ref Utf8JsonReader reader)
    {
        var list = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(Read(ref reader));
        }

        return list;
    }

    // Integers stay integers so that Int and ID coercion see them as such; 1e3 or 1.5 are doubles.
    private static object Number(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt32(out int small))
        {
            return small;
        }

        if (reader.TryGetInt64(out long large))
        {
            return large;
        }

        return reader.GetDouble();
    }
}
