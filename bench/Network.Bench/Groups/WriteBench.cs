using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Network.Grains.Common;
using Network.Grains.Users;
using Network.Silo;
using Network.Silo.Storage;
using Npgsql;
using Orleans;

namespace Network.Bench.Groups;

/// <summary>
/// Persisted mutations (follows) through grains with 32 concurrent writers, against the floor of raw batched
/// inserts of the same rows (an edge and an event per mutation) into the same database, 32 per transaction.
/// </summary>
public static partial class WriteBench
{
    private const int Writers = 32;

    public static async Task<ResultGroup> RunAsync(BenchSettings settings)
    {
        var rows = new List<ResultRow>();
        // Measured once, shared by the grains row and the GraphQL row: both write the same rows into SQLite.
        var sqliteFloor = await Measurement.RepeatAsync(settings.Runs, "writes/s", () => RawInserts(settings, StorageProvider.Sqlite, null));
        rows.Add(await Provider(settings, StorageProvider.Sqlite, null, sqliteFloor));
        var pg = Environment.GetEnvironmentVariable("NETWORK_TEST_POSTGRES");
        rows.Add(pg is null
            // An empty measurement shows "—", not "not built yet": the subject exists, it was not run here.
            ? new ResultRow("PostgreSQL follows/s via grains", new Measurement([], "writes/s"), "raw batched inserts", null, "—", null, "not run: set NETWORK_TEST_POSTGRES to include PostgreSQL")
            : await Provider(settings, StorageProvider.PostgreSql, pg));
        rows.Add(await ViaGraphQL(settings, sqliteFloor));
        return new ResultGroup("Writes", $"Persisted follows with {Writers} concurrent writers; every write is durable (SQLite WAL, synchronous=FULL) before it is acknowledged.", rows);
    }

    private static async Task<ResultRow> Provider(BenchSettings settings, StorageProvider provider, string? pg, Measurement? floor = null)
    {
        var ours = await Measurement.RepeatAsync(settings.Runs, "writes/s", () => ThroughGrains(settings, provider, pg));
        floor ??= await Measurement.RepeatAsync(settings.Runs, "writes/s", () => RawInserts(settings, provider, pg));
        return new ResultRow($"{provider} follows/s via grains", ours, "raw batched inserts (floor)", floor,
            provider == StorageProvider.Sqlite ? "≥ 5,000/s" : "—", provider == StorageProvider.Sqlite ? (o, _) => o >= 5000 : null);
    }

    private static async Task<double> ThroughGrains(BenchSettings settings, StorageProvider provider, string? pg)
    {
        var (settingsMap, cleanup) = await Storage(provider, pg);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settingsMap);
        builder.AddNetworkSilo();
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        var users = new List<string>();
        for (var i = 0; i < 512; i++)
        {
            var id = NodeIds.New();
            await grains.GetGrain<IUserGrain>(id).Create(new CreateUser($"bench_{i}", "Bench", "ID", [], null));
            users.Add(id);
        }

        long total = 0;
        var stop = DateTime.UtcNow + settings.Duration;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            // Each writer walks its own followers over all followees: every follow is new, none is a repeat.
            long n = 0;
            for (var f = w; DateTime.UtcNow < stop; f += Writers)
            {
                var follower = grains.GetGrain<IUserGrain>(users[f % users.Count]);
                var followee = users[(f / users.Count + 1 + f) % users.Count];
                if (followee == users[f % users.Count]) continue;
                await follower.Follow(followee);
                n++;
            }
            Interlocked.Add(ref total, n);
        })));
        var rate = total / clock.Elapsed.TotalSeconds;
        await host.StopAsync();
        await cleanup();
        return rate;
    }

    private static async Task<double> RawInserts(BenchSettings settings, StorageProvider provider, string? pg)
    {
        var (settingsMap, cleanup) = await Storage(provider, pg);
        var options = new StorageOptions
        {
            Provider = provider,
            DataDirectory = settingsMap.GetValueOrDefault("Storage:DataDirectory") ?? "./data",
            ConnectionString = settingsMap.GetValueOrDefault("Storage:ConnectionString"),
        };
        SqlDialect dialect = provider == StorageProvider.Sqlite ? new SqliteDialect(options) : new PostgresDialect(options);
        await new Schema(dialect, Microsoft.Extensions.Logging.Abstractions.NullLogger<Schema>.Instance).MigrateAsync();

        await using var connection = await dialect.OpenAsync();
        await using var edge = connection.CreateCommand();
        edge.CommandText = "INSERT INTO edges (kind, source, target, visibility, weight, version) VALUES (1, @s, @t, 0, 1, @v)";
        await using var ev = connection.CreateCommand();
        ev.CommandText = "INSERT INTO events (version, kind, subject_id, object_id, data, recorded_at) VALUES (@v, 'FOLLOWED', @s, @t, NULL, 0)";
        foreach (var c in new[] { edge, ev })
            foreach (var name in new[] { "s", "t", "v" })
            {
                var p = c.CreateParameter();
                p.ParameterName = name;
                p.Value = 0L;
                c.Parameters.Add(p);
            }

        long version = 0;
        var stop = DateTime.UtcNow + settings.Duration;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (DateTime.UtcNow < stop)
        {
            await using var tx = await dialect.BeginWriteAsync(connection, CancellationToken.None);
            edge.Transaction = tx;
            ev.Transaction = tx;
            for (var i = 0; i < Writers; i++)
            {
                version++;
                foreach (var c in new[] { edge, ev })
                {
                    c.Parameters[0].Value = version;
                    c.Parameters[1].Value = version + 1_000_000_000L;
                    c.Parameters[2].Value = version;
                    await c.ExecuteNonQueryAsync();
                }
            }
            await tx.CommitAsync();
        }
        var rate = version / clock.Elapsed.TotalSeconds;
        await connection.CloseAsync();
        if (dialect is IDisposable d) d.Dispose();
        await cleanup();
        return rate;
    }

    private static async Task<(Dictionary<string, string?> Settings, Func<Task> Cleanup)> Storage(StorageProvider provider, string? pg)
    {
        if (provider == StorageProvider.Sqlite)
        {
            var dir = Path.Combine(Path.GetTempPath(), "network-bench", Guid.NewGuid().ToString("N"));
            return (new() { ["Storage:Provider"] = "Sqlite", ["Storage:DataDirectory"] = dir }, () =>
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(dir, recursive: true);
                return Task.CompletedTask;
            });
        }
        var schema = "b_" + Guid.NewGuid().ToString("N");
        await Execute(pg!, $"CREATE SCHEMA {schema}");
        var cs = new NpgsqlConnectionStringBuilder(pg) { SearchPath = schema }.ToString();
        return (new() { ["Storage:Provider"] = "PostgreSql", ["Storage:ConnectionString"] = cs }, () => Execute(pg!, $"DROP SCHEMA {schema} CASCADE"));
    }

    private static async Task Execute(string cs, string sql)
    {
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }
}
