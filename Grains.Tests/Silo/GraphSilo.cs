using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Network.Silo;
using Network.Silo.Storage;
using Npgsql;
using Orleans;

namespace Grains.Tests.Silo;

/// <summary>
/// A silo with the domain grains over real storage: SQLite in a fresh temporary folder, or PostgreSQL in a fresh
/// schema of the server named by NETWORK_TEST_POSTGRES. Pass a folder or schema to reopen the same data.
/// </summary>
public sealed class GraphSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly Func<Task> _cleanup;

    private GraphSilo(IHost host, StorageProvider provider, string location, Func<Task> cleanup)
    {
        _host = host;
        Provider = provider;
        Location = location;
        _cleanup = cleanup;
    }

    public StorageProvider Provider { get; }

    /// <summary>The SQLite folder or the PostgreSQL schema holding this silo's data.</summary>
    public string Location { get; }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();
    public GraphReader Reader => _host.Services.GetRequiredService<GraphReader>();
    public IServiceProvider Services => _host.Services;

    public static Task<GraphSilo> StartAsync(string provider, string? location = null, bool keepData = false, Dictionary<string, string?>? extra = null) =>
        StartAsync(Enum.Parse<StorageProvider>(provider), location, keepData, extra);

    public static async Task<GraphSilo> StartAsync(StorageProvider provider, string? location = null, bool keepData = false, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(extra ?? []) { ["Storage:Provider"] = provider.ToString() };
        Func<Task> cleanup;
        if (provider == StorageProvider.Sqlite)
        {
            location ??= Path.Combine(Path.GetTempPath(), "network-tests", Guid.NewGuid().ToString("N"));
            settings["Storage:DataDirectory"] = location;
            var folder = location;
            cleanup = () =>
            {
                if (!keepData) TryDelete(folder);
                return Task.CompletedTask;
            };
        }
        else
        {
            var server = PostgresServer.ConnectionString;
            location ??= "t_" + Guid.NewGuid().ToString("N");
            await PostgresServer.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {location}");
            settings["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { SearchPath = location, MaxPoolSize = 8 }.ToString();
            var schema = location;
            cleanup = () => keepData ? Task.CompletedTask : PostgresServer.ExecuteAsync($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddNetworkSilo();
        var host = builder.Build();
        await host.StartAsync();
        return new GraphSilo(host, provider, location, cleanup);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await _cleanup();
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The PostgreSQL server the tests use: NETWORK_TEST_POSTGRES, which .ci/run sets after starting one.</summary>
public static class PostgresServer
{
    public const string Variable = "NETWORK_TEST_POSTGRES";

    public static string? Configured => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs ? cs : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string ConnectionString => Configured
        ?? throw new InvalidOperationException($"PostgreSQL tests need {Variable} (a connection string); .ci/run starts a server and sets it.");

    public static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
