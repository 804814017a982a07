using System.Net;
using Grains.Tests.Silo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Network.Api;
using Network.Silo;
using Network.Silo.Storage;
using Npgsql;
using Orleans;

namespace Grains.Tests.Api.Schema;

/// <summary>
/// The whole service in-process, wired as Program.cs wires it (silo, storage, GraphQL over HTTP), on a free
/// loopback port over fresh storage: SQLite in a temporary folder, or a fresh PostgreSQL schema.
/// </summary>
public sealed class NetworkService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<Task> _cleanup;

    private NetworkService(WebApplication app, Uri baseAddress, Func<Task> cleanup)
    {
        _app = app;
        _cleanup = cleanup;
        Http = new HttpClient { BaseAddress = baseAddress };
        Client = new GraphQLClient(Http);
    }

    public HttpClient Http { get; }
    public GraphQLClient Client { get; }
    public IServiceProvider Services => _app.Services;
    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();
    public Uri BaseAddress => Http.BaseAddress!;

    public static async Task<NetworkService> StartAsync(string provider = "Sqlite", Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(extra ?? []) { ["Storage:Provider"] = provider };
        Func<Task> cleanup;
        if (provider == "Sqlite")
        {
            var folder = Path.Combine(Path.GetTempPath(), "network-tests", Guid.NewGuid().ToString("N"));
            settings["Storage:DataDirectory"] = folder;
            cleanup = () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
                return Task.CompletedTask;
            };
        }
        else if (extra?.ContainsKey("Storage:ConnectionString") == true)
        {
            cleanup = () => Task.CompletedTask; // someone else's database (a cluster's): theirs to drop
        }
        else
        {
            var schema = "t_" + Guid.NewGuid().ToString("N");
            await PostgresServer.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {schema}");
            settings["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { SearchPath = schema, MaxPoolSize = 8 }.ToString();
            cleanup = () => PostgresServer.ExecuteAsync($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddNetworkSilo();
        builder.AddNetworkApi();
        var app = builder.Build();
        app.MapNetworkApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new NetworkService(app, new Uri(address), cleanup);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _cleanup();
    }
}
