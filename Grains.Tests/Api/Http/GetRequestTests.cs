using System.Net;
using static Grains.Tests.Api.Http.HttpExchange;

namespace Grains.Tests.Api.Http;

/// <summary>GraphQL-over-HTTP section "GET": parameters in the URL, queries only.</summary>
public sealed class GetRequestTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private HttpClient Client => fixture.Server.Client;

    [Fact]
    public async Task A_query_with_variables_and_operation_name_runs_over_get()
    {
        HttpExchange exchange = await GetAsync(Client, "query Other { hello } query Greet($n: String) { hello(name: $n) }",
            """{"n":"GET"}""", "application/graphql-response+json", "Greet");

        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("""{"data":{"hello":"Hello, GET!"}}""", exchange.Body);
    }

    [Fact]
    public async Task An_empty_operation_name_means_none()
    {
        HttpExchange exchange = await GetAsync(Client, "{ hello }", operationName: "");

        Assert.Equal(HttpStatusCode.OK, exchange.Status);
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task A_mutation_over_get_is_405_with_allow_post_and_changes_nothing(string accept)
    {
        string text = "over-get-" + Guid.NewGuid();

        HttpExchange exchange = await GetAsync(Client, $"mutation {{ setGreeting(text: \"{text}\") }}", accept: accept);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, exchange.Status);
        Assert.Equal(["POST"], exchange.Response.Content.Headers.Allow);
        Assert.Equal("OPERATION_NOT_ALLOWED", exchange.FirstCode);
        Assert.DoesNotContain(text, fixture.Server.Mutations.Entries);
    }

    [Theory]
    [InlineData("{\"n\":", "INVALID_JSON")]
    [InlineData("[1]", "INVALID_REQUEST")]
    [InlineData("\"text\"", "INVALID_REQUEST")]
    public async Task Bad_variables_are_400(string variables, string code)
    {
        HttpExchange exchange = await GetAsync(Client, "query ($n: String) { hello(name: $n) }", variables, "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal(code, exchange.FirstCode);
    }

    [Fact]
    public async Task A_get_without_query_is_400()
    {
        HttpExchange exchange = await SendAsync(Client, new HttpRequestMessage(HttpMethod.Get, "/graphql"));

        Assert.Equal(HttpStatusCode.BadRequest, exchange.Status);
        Assert.Equal("INVALID_REQUEST", exchange.FirstCode);
    }
}
