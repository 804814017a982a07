using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Grains.Tests.Api.Http;

/// <summary>One HTTP round trip, read completely: status, headers and the body as JSON when it is JSON.</summary>
internal sealed record HttpExchange(HttpStatusCode Status, string? ContentType, HttpResponseMessage Response, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool HasData => Json.TryGetProperty("data", out _);

    /// <summary>extensions.code of the first error.</summary>
    public string? FirstCode => Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    public string FirstMessage => Json.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public static async Task<HttpExchange> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        HttpResponseMessage response = await client.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        return new HttpExchange(response.StatusCode, response.Content.Headers.ContentType?.ToString(), response, body);
    }

    public static Task<HttpExchange> PostAsync(HttpClient client, string body, string? accept = null, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return SendAsync(client, request);
    }

    public static Task<HttpExchange> PostQueryAsync(HttpClient client, string query, object? variables = null, string? accept = null) =>
        PostAsync(client, JsonSerializer.Serialize(new { query, variables }), accept);

    public static Task<HttpExchange> GetAsync(HttpClient client, string query, string? variables = null, string? accept = null, string? operationName = null)
    {
        string url = "/graphql?query=" + Uri.EscapeDataString(query)
            + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables))
            + (operationName is null ? "" : "&operationName=" + Uri.EscapeDataString(operationName));
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return SendAsync(client, request);
    }
}
