using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Network.Api;
using Network.Silo;

namespace Network.Bench.GraphQLReads;

/// <summary>
/// Our whole service in-process, wired as Api/Program.cs wires it (silo, SQLite storage, GraphQL over HTTP) on a
/// loopback port, over a fresh SQLite database in a temporary folder that is deleted afterwards.
/// </summary>
public sealed class InProcessService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private InProcessService(WebApplication app, Uri baseAddress, string folder)
    {
        _app = app;
        _folder = folder;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    /// <summary>For seeding and checks, not for load.</summary>
    public HttpClient Http { get; }

    public static async Task<InProcessService> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "network-bench", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataDirectory"] = folder,
        });
        builder.AddNetworkSilo();
        builder.AddNetworkApi();
        var app = builder.Build();
        app.MapNetworkApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessService(app, new Uri(address), folder);
    }

    /// <summary>Posts one request; returns the status and the raw body bytes.</summary>
    public static async Task<(HttpStatusCode Status, byte[] Body)> PostAsync(HttpClient http, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json");
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The request body the wrk scripts post: compact JSON of the query and its variables.</summary>
    public static byte[] RequestBody(string query, object? variables) =>
        JsonSerializer.SerializeToUtf8Bytes(new { query, variables });

    /// <summary>Runs one operation and returns its data; anything but a 200 without errors throws.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var (status, body) = await PostAsync(Http, RequestBody(query, variables));
        using var json = JsonDocument.Parse(body);
        if (status != HttpStatusCode.OK || json.RootElement.TryGetProperty("errors", out _))
            throw new InvalidOperationException($"{query} answered {(int)status}: {Encoding.UTF8.GetString(body)}");
        return json.RootElement.GetProperty("data").Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
