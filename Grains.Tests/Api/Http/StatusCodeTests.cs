using System.Net;
using static Grains.Tests.Api.Http.HttpExchange;

namespace Grains.Tests.Api.Http;

/// <summary>
/// GraphQL-over-HTTP section "Status Codes": with application/graphql-response+json a request
/// error is 400 and has no data; with application/json a well-formed request gets 200 whatever
/// its GraphQL errors; a malformed HTTP request is 400 with either.
/// </summary>
public sealed class StatusCodeTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";
    private HttpClient Client => fixture.Server.Client;

    [Theory]
    [InlineData("""{ "query": "{""", "INVALID_JSON")]
    [InlineData("""{"query":"{ hello }"} trailing""", "INVALID_JSON")]
    [InlineData("", "INVALID_REQUEST")]
    [InlineData("[]", "INVALID_REQUEST")]
    [InlineData("\"{ hello }\"", "INVALID_REQUEST")]
    [InlineData("""{"qeury":"{ hello }"}""", "INVALID_REQUEST")]
    [InlineData("""{"query":null}""", "INVALID_REQUEST")]
    [InlineData("""{"query":{"obj":"ect"}}""", "INVALID_REQUEST")]
    [InlineData("""{"query":0}""", "INVALID_REQUEST")]
    [InlineData("""{"query":"{ hello }","operationName":false}""", "INVALID_REQUEST")]
    [InlineData("""{"query":"{ hello }","variables":["array"]}""", "INVALID_REQUEST")]
    [InlineData("""{"query":"{ hello }","variables":"string"}""", "INVALID_REQUEST")]
    [InlineData("""{"query":"{ hello }","extensions":0}""", "INVALID_REQUEST")]
    public async Task A_malformed_request_is_400_with_either_media_type(string body, string code)
    {
        foreach (string accept in new[] { GraphQLResponse, Json })
        {
            HttpExchange exchange = await PostAsync(Client, body, accept);

            Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
            Assert.Equal(code, exchange.FirstCode);
            Assert.False(exchange.HasData);
        }
    }

    [Fact]
    public async Task A_body_that_is_not_utf8_is_400()
    {
        byte[] body = System.Text.Encoding.UTF8.GetBytes("""{"query":"{ hello(name: \"XX\") }"}""");
        int at = Array.IndexOf(body, (byte)'X');
        body[at] = 0xFF;
        body[at + 1] = 0xFE;
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");

        HttpExchange exchange = await SendAsync(Client, request);

        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("INVALID_JSON", exchange.FirstCode);
    }

    [Theory]
    [InlineData("""{"query":"{"}""", "GRAPHQL_PARSE_FAILED")]
    [InlineData("""{"query":"{ nope }"}""", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("""{"query":"query A { hello } query B { hello }"}""", "OPERATION_RESOLUTION_FAILURE")]
    [InlineData("""{"query":"query A { hello }","operationName":"B"}""", "OPERATION_RESOLUTION_FAILURE")]
    [InlineData("""{"query":"query ($n: String!) { hello(name: $n) }","variables":{"n":null}}""", "BAD_USER_INPUT")]
    [InlineData("""{"query":"query ($n: String) { hello(name: $n) }","variables":{"n":{"deep":[1]}}}""", "BAD_USER_INPUT")]
    public async Task A_graphql_request_error_is_400_without_data_or_200_with_application_json(string body, string code)
    {
        HttpExchange modern = await PostAsync(Client, body, GraphQLResponse);
        HttpExchange legacy = await PostAsync(Client, body, Json);

        Assert.Equal(HttpStatusCode.BadRequest, modern.Status);
        Assert.Equal(code, modern.FirstCode);
        Assert.False(modern.HasData);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal(code, legacy.FirstCode);
        Assert.False(legacy.HasData);
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task A_field_error_after_execution_started_is_200_with_data_and_no_internals(string accept)
    {
        HttpExchange exchange = await PostQueryAsync(Client, "{ hello boom }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("Hello, world!", exchange.Json.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(["boom"], exchange.Json.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.DoesNotContain("secret internals", exchange.Body);
    }

    [Fact]
    public async Task Null_parameters_are_the_same_as_absent_ones_and_unknown_ones_are_ignored()
    {
        HttpExchange exchange = await PostAsync(Client,
            """{"query":"{ hello }","operationName":null,"variables":null,"extensions":null,"other":{"x":[1,2]}}""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", exchange.Body);
    }

    [Fact]
    public async Task Variables_of_every_json_kind_reach_the_executor()
    {
        HttpExchange exchange = await PostQueryAsync(Client, "query ($n: String, $first: Int) { hello(name: $n) users(first: $first) { id } }",
            new { n = "Ada", first = 3 }, GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("""{"data":{"hello":"Hello, Ada!","users":[{"id":"1"},{"id":"2"},{"id":"3"}]}}""", exchange.Body);
    }

    [Fact]
    public async Task A_mutation_over_post_runs()
    {
        HttpExchange exchange = await PostQueryAsync(Client, "mutation { setGreeting(text: \"posted\") }", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Contains("posted", fixture.Server.Mutations.Entries);
    }
}
