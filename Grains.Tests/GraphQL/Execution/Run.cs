using System.Text;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Types;

namespace Grains.Tests.GraphQL.Execution;

/// <summary>Runs requests and shows results as compact JSON, the way a client would see them.</summary>
internal static class Run
{
    public static async Task<string> Json(Schema schema, string query, string? variablesJson = null, string? operationName = null, object? rootValue = null)
    {
        ExecutionResult result = await Execute(schema, query, variablesJson, operationName, rootValue);
        return ToJson(result);
    }

    public static Task<ExecutionResult> Execute(Schema schema, string query, string? variablesJson = null, string? operationName = null, object? rootValue = null) =>
        new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest(query, operationName, Variables(variablesJson)) { RootValue = rootValue });

    public static IReadOnlyDictionary<string, object?>? Variables(string? json) =>
        json is null ? null : (IReadOnlyDictionary<string, object?>?)FromJson(JsonDocument.Parse(json).RootElement);

    public static string ToJson(ExecutionResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ExecutionResultJson.Write(writer, result);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A JSON value as a transport hands it over: maps, lists, strings, numbers (int, long or double), bools, null.</summary>
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out int i) ? i : element.TryGetInt64(out long l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>Single quotes for double quotes, so expected JSON reads well in C#.</summary>
    public static string Q(string text) => text.Replace('\'', '"');
}
