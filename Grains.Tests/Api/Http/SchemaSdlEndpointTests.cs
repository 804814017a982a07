using System.Net;
using GraphQL.Types;
using GraphQL.Utilities;
using static Grains.Tests.Api.Http.HttpExchange;

namespace Grains.Tests.Api.Http;

public sealed class SchemaSdlEndpointTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task The_schema_is_served_as_printed_sdl_in_utf8_text()
    {
        HttpExchange exchange = await SendAsync(fixture.Server.Client, new HttpRequestMessage(HttpMethod.Get, "/graphql/schema.graphql"));

        Assert.Equal(HttpStatusCode.OK, exchange.Status);
        Assert.Equal("text/plain; charset=utf-8", exchange.ContentType);
        Assert.Equal(SchemaPrinter.Print(SchemaBuilder.Build(TestSchema.Sdl)), exchange.Body);
        Assert.Contains("type Mutation {", exchange.Body);
    }

    [Fact]
    public async Task Head_gives_the_length_without_the_body()
    {
        HttpExchange get = await SendAsync(fixture.Server.Client, new HttpRequestMessage(HttpMethod.Get, "/graphql/schema.graphql"));
        HttpExchange head = await SendAsync(fixture.Server.Client, new HttpRequestMessage(HttpMethod.Head, "/graphql/schema.graphql"));

        Assert.Equal(HttpStatusCode.OK, head.Status);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(get.Body), head.Response.Content.Headers.ContentLength);
        Assert.Empty(head.Body);
    }
}
