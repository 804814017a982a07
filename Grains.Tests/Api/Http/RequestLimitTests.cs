using System.Net;
using System.Text;
using System.Text.Json;
using static Grains.Tests.Api.Http.HttpExchange;

namespace Grains.Tests.Api.Http;

/// <summary>Size, depth and cost limits: each refusal is a clear error with a code, and nothing runs.</summary>
public sealed class RequestLimitTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private HttpClient Client => fixture.Server.Client;

    [Fact]
    public async Task A_document_over_64_KiB_is_413_and_executes_nothing()
    {
        string text = "too-large-" + Guid.NewGuid();
        string query = $"mutation {{ setGreeting(text: \"{text}\") }}" + new string(' ', 64 * 1024);

        HttpExchange exchange = await PostQueryAsync(Client, query, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, exchange.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", exchange.FirstCode);
        Assert.Equal("The document is larger than the maximum of 65536 bytes.", exchange.FirstMessage);
        Assert.DoesNotContain(text, fixture.Server.Mutations.Entries);
    }

    [Fact]
    public async Task A_body_over_the_request_limit_is_413_before_it_is_parsed()
    {
        string body = "{\"query\":\"{ hello }\",\"variables\":{\"pad\":\"" + new string('x', 300 * 1024) + "\"}}";

        HttpExchange exchange = await PostAsync(Client, body, GraphQLResponse);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, exchange.Status);
        Assert.Equal("REQUEST_TOO_LARGE", exchange.FirstCode);
    }

    [Fact]
    public async Task A_10000_deep_query_is_a_clean_parse_error_and_the_server_keeps_serving()
    {
        // 30 KB, under the size limit; the parser's own depth limit (100) refuses it before recursing.
        string query = new StringBuilder("{").Insert(1, "n{", 9_999).Append('n').Append('}', 10_000).ToString();

        HttpExchange modern = await PostQueryAsync(Client, query, accept: GraphQLResponse);
        HttpExchange legacy = await PostQueryAsync(Client, query, accept: "application/json");
        HttpExchange after = await PostQueryAsync(Client, "{ hello }");

        Assert.Equal(HttpStatusCode.BadRequest, modern.Status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", modern.FirstCode);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", legacy.FirstCode);
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Fact]
    public async Task A_document_of_more_than_10000_tokens_is_refused_by_the_parser()
    {
        // 20 KB: under the size limit, over the token limit.
        string query = "{" + string.Join(" ", Enumerable.Repeat("hello", 10_001)) + "}";

        HttpExchange exchange = await PostQueryAsync(Client, query, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("GRAPHQL_PARSE_FAILED", exchange.FirstCode);
        Assert.Contains("10000 tokens", exchange.FirstMessage);
    }

    [Fact]
    public async Task Deeply_nested_json_variables_are_a_clean_400()
    {
        string variables = new string('[', 10_000) + new string(']', 10_000);
        string body = "{\"query\":\"query ($n: String) { hello(name: $n) }\",\"variables\":{\"n\":" + variables + "}}";

        HttpExchange exchange = await PostAsync(Client, body, GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("INVALID_JSON", exchange.FirstCode);
    }

    [Fact]
    public async Task A_query_deeper_than_15_is_refused_with_its_depth()
    {
        // Each "{ nested" opens one level; the innermost nested's value is one more.
        string query = new StringBuilder().Insert(0, "{ nested ", 16).Append("{ value }").Append('}', 16).ToString();
        string allowed = new StringBuilder().Insert(0, "{ nested ", 14).Append("{ value }").Append('}', 14).ToString();

        HttpExchange refused = await PostQueryAsync(Client, query, accept: GraphQLResponse);
        HttpExchange served = await PostQueryAsync(Client, allowed, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", refused.FirstCode);
        Assert.Equal("The query has depth 17, which exceeds the maximum of 15.", refused.FirstMessage);
        Assert.False(refused.HasData);
        Assert.Equal(HttpStatusCode.OK, served.Status);
    }

    [Fact]
    public async Task A_query_over_the_cost_limit_is_refused_whether_the_size_is_a_literal_or_a_variable()
    {
        // users: 1 + 1000; per user friends(first: 100): 101.
        HttpExchange literal = await PostQueryAsync(Client, "{ users(first: 1000) { friends(first: 100) { id } } }", accept: GraphQLResponse);
        HttpExchange variable = await PostQueryAsync(Client, "query ($n: Int) { users(first: $n) { friends(first: 100) { id } } }",
            new { n = 1000 }, GraphQLResponse);
        HttpExchange cheap = await PostQueryAsync(Client, "query ($n: Int) { users(first: $n) { friends(first: 100) { id } } }",
            new { n = 3 }, GraphQLResponse);

        foreach (HttpExchange refused in new[] { literal, variable })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
            Assert.Equal("COST_LIMIT_EXCEEDED", refused.FirstCode);
            Assert.Equal("The query's estimated cost 102001 exceeds the maximum of 10000.", refused.FirstMessage);
        }

        Assert.Equal(HttpStatusCode.OK, cheap.Status);
        Assert.Equal(3, cheap.Json.GetProperty("data").GetProperty("users").GetArrayLength());
    }

    [Fact]
    public async Task The_full_introspection_query_is_allowed()
    {
        string query = File.ReadAllText(Path.Combine(SourceFolder(), "..", "..", "GraphQL", "Fixtures", "introspection-query.graphql"));

        HttpExchange exchange = await PostQueryAsync(Client, query, accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal(JsonValueKind.Object, exchange.Json.GetProperty("data").GetProperty("__schema").ValueKind);
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
