using System.Net;
using static Grains.Tests.Api.Http.HttpExchange;

namespace Grains.Tests.Api.Http;

/// <summary>GraphQL-over-HTTP sections "Media Types", "Accept" and "POST": what comes in, what goes out.</summary>
public sealed class MediaTypeTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Hello = """{"query":"{ hello }"}""";
    private HttpClient Client => fixture.Server.Client;

    [Theory]
    [InlineData(null, "application/json; charset=utf-8")]
    [InlineData("application/json", "application/json; charset=utf-8")]
    [InlineData("*/*", "application/json; charset=utf-8")]
    [InlineData("application/*", "application/json; charset=utf-8")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/json, application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json; charset=utf-8")]
    [InlineData("text/html, application/json;q=0.1", "application/json; charset=utf-8")]
    public async Task The_response_type_follows_the_accept_header(string? accept, string expected)
    {
        HttpExchange exchange = await PostAsync(Client, Hello, accept);

        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal(expected, exchange.ContentType);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", exchange.Body);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Nothing_acceptable_is_406_with_an_error_body(string accept)
    {
        HttpExchange exchange = await PostAsync(Client, Hello, accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, exchange.Status);
        Assert.Equal("NOT_ACCEPTABLE", exchange.FirstCode);
        Assert.Contains("application/graphql-response+json", exchange.Response.Headers.GetValues("Accept").Single());
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("application/graphql-response+json")]
    public async Task A_json_body_in_utf8_is_accepted(string contentType)
    {
        HttpExchange exchange = await PostAsync(Client, """{"query":"{ hello(name: \"Zoë 🏊\") }"}""", contentType: contentType);

        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("Hello, Zoë 🏊!", exchange.Json.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Other_request_types_are_415_with_an_error_body(string? contentType)
    {
        HttpExchange exchange = await PostAsync(Client, Hello, "application/graphql-response+json", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, exchange.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", exchange.FirstCode);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Methods_other_than_get_and_post_are_405_with_allow(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent(Hello) };

        HttpExchange exchange = await SendAsync(Client, request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, exchange.Status);
        Assert.Equal(["GET", "POST"], exchange.Response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", exchange.FirstCode);
    }
}
