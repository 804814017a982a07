using Microsoft.Data.Sqlite;
using Network.Silo.Projection;
using SQLitePCL;

namespace Grains.Tests.Silo;

/// <summary>
/// The start-up load's own SQLite connections: only connections that read the load's snapshot (its graph version)
/// are handed out, so a commit between the load's first read and their opening cannot mix two graphs.
/// </summary>
public sealed class SqliteSnapshotReaderTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "network-readers-" + Guid.NewGuid().ToString("N"));

    public SqliteSnapshotReaderTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "graph.db")}");
        connection.Open();
        return connection;
    }

    private static long Version(sqlite3 db)
    {
        raw.sqlite3_prepare_v2(db, "SELECT version FROM graph_clock WHERE id = 1", out var statement);
        using (statement)
        {
            Assert.Equal(raw.SQLITE_ROW, raw.sqlite3_step(statement));
            return raw.sqlite3_column_int64(statement, 0);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Readers_are_opened_only_at_the_snapshot_the_load_reads()
    {
        using (var setup = Open())
        {
            Execute(setup, "PRAGMA journal_mode = WAL; CREATE TABLE graph_clock (id INTEGER PRIMARY KEY, version INTEGER NOT NULL); INSERT INTO graph_clock VALUES (1, 5)");
        }
        using var load = Open();
        using var transaction = load.BeginTransaction(deferred: true);
        using (var read = load.CreateCommand())
        {
            read.CommandText = "SELECT version FROM graph_clock WHERE id = 1";
            Assert.Equal(5L, (long)read.ExecuteScalar()!);
        }

        var atFive = SqliteEdgeScan.OpenReadersAt(load, 5, 2);
        Assert.Equal(2, atFive.Count);
        Assert.All(atFive, db => Assert.Equal(5, Version(db)));

        // A commit after the load's first read: the readers already open keep seeing 5, new ones would see 6.
        using (var writer = Open()) Execute(writer, "UPDATE graph_clock SET version = 6");
        Assert.All(atFive, db => Assert.Equal(5, Version(db)));
        Assert.Empty(SqliteEdgeScan.OpenReadersAt(load, 5, 2));
        var atSix = SqliteEdgeScan.OpenReadersAt(load, 6, 2);
        Assert.Equal(2, atSix.Count);
        foreach (var db in atFive.Concat(atSix)) db.Dispose();
    }

    [Fact]
    public void A_database_without_a_file_gets_no_readers()
    {
        using var memory = new SqliteConnection("Data Source=:memory:");
        memory.Open();
        Execute(memory, "CREATE TABLE graph_clock (id INTEGER PRIMARY KEY, version INTEGER NOT NULL); INSERT INTO graph_clock VALUES (1, 1)");
        Assert.Empty(SqliteEdgeScan.OpenReadersAt(memory, 1, 2));
    }
}
