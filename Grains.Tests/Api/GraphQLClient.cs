using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Grains.Tests.Api;

/// <summary>Posts GraphQL requests as a front end does (JSON body, graphql-response+json preferred) and reads the answer.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json;q=0.9");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), body);
    }

    /// <summary>Runs the request and returns its data, failing the test on any error.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors.Count == 0, $"Unexpected errors: {response.Text}");
        return response.Data;
    }
}

public sealed record GraphQLResponse(HttpStatusCode Status, JsonElement Body, string Text)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasData => Body.TryGetProperty("data", out _);

    public IReadOnlyList<JsonElement> Errors =>
        Body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    /// <summary>The extensions.code of every error, in order.</summary>
    public IReadOnlyList<string?> Codes =>
        [.. Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null)];
}
