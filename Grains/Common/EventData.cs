using System.Text.Json;
using System.Text.Json.Serialization;

namespace Network.Grains.Common;

/// <summary>Serialises an event's data the same way everywhere: camelCase JSON, enums as their GraphQL names.</summary>
public static class EventData
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Of<T>(T data) => JsonSerializer.Serialize(data, Options);
}
