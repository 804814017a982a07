using System.Net;
using System.Text;
using System.Text.Json;
using static Grains.Tests.Api.Http.HttpExchange;

namespace Grains.Tests.Api.Http;

/// <summary>Whatever arrives, the answer is a spec-shaped GraphQL response, never a 500.</summary>
public sealed class MalformedInputTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Valid =
        """{"query":"query Q($n: String, $f: Int) { hello(name: $n) users(first: $f) { id name } }","operationName":"Q","variables":{"n":"Zoë","f":2},"extensions":{"x":[1,{"y":null}]}}""";

    [Fact]
    public async Task Truncated_and_corrupted_bodies_get_spec_shaped_answers()
    {
        var random = new Random(20261122);
        byte[] valid = Encoding.UTF8.GetBytes(Valid);
        var bodies = new List<byte[]>();
        for (int length = 0; length < valid.Length; length += 7)
        {
            bodies.Add(valid[..length]);
        }

        for (int i = 0; i < 150; i++)
        {
            byte[] corrupted = (byte[])valid.Clone();
            for (int flips = random.Next(1, 4); flips > 0; flips--)
            {
                corrupted[random.Next(corrupted.Length)] = (byte)random.Next(256);
            }

            bodies.Add(corrupted);
        }

        foreach (byte[] body in bodies)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.Add("Accept", "application/graphql-response+json");

            HttpExchange exchange = await SendAsync(fixture.Server.Client, request);

            string shown = Encoding.UTF8.GetString(body);
            Assert.True(exchange.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)exchange.Status} for {shown}");
            JsonElement json = exchange.Json;
            Assert.True(json.TryGetProperty("data", out _) || json.GetProperty("errors").GetArrayLength() > 0, shown);
        }
    }

    [Fact]
    public async Task A_leading_byte_order_mark_is_tolerated()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"query":"{ hello }"}""")];
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");

        HttpExchange exchange = await SendAsync(fixture.Server.Client, request);

        Assert.Equal(HttpStatusCode.OK, exchange.Status);
    }
}
