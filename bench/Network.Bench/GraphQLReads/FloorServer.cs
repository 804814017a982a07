using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Network.Bench.GraphQLReads;

/// <summary>
/// The floor of bench/peers/floor.md: a plain ASP.NET Core endpoint on Kestrel that parses the JSON request
/// (System.Text.Json, taking <c>query</c> and <c>variables.id</c>, the work any GraphQL server does before GraphQL
/// starts), picks the fixture response by the id and writes its bytes, loaded once at start-up. No GraphQL at all:
/// what Kestrel, HTTP and JSON alone cost.
/// </summary>
public sealed class FloorServer : IAsyncDisposable
{
    private const string NodeId = "VXNlcjo0Mg==";
    private const string CommunityId = "Q29tbXVuaXR5Ojc=";
    private readonly WebApplication _app;

    private FloorServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<FloorServer> StartAsync()
    {
        var fixtures = Path.Combine(GraphQLJsPeer.Directory, "fixtures");
        var node = await File.ReadAllBytesAsync(Path.Combine(fixtures, "node.response.json"));
        var members = await File.ReadAllBytesAsync(Path.Combine(fixtures, "members.response.json"));

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/graphql", async context =>
        {
            string? query = null, id = null;
            try
            {
                using var json = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
                if (json.RootElement.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String) query = q.GetString();
                if (json.RootElement.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object
                    && v.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String) id = i.GetString();
            }
            catch (JsonException)
            {
            }
            var body = query is null ? null : id switch { NodeId => node, CommunityId => members, _ => null };
            if (body is null)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FloorServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
