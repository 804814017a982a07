using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Network.Silo.Storage;

/// <summary>
/// SQLite in WAL mode with synchronous=FULL: a commit is on disk when acknowledged. Group commit keeps that cheap.
/// </summary>
public sealed class SqliteDialect : SqlDialect
{
    private readonly string _connectionString;

    public SqliteDialect(StorageOptions options)
    {
        if (options.ConnectionString is { Length: > 0 } cs)
        {
            _connectionString = cs;
        }
        else
        {
            var directory = Path.GetFullPath(options.DataDirectory);
            Directory.CreateDirectory(directory);
            _connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(directory, "network.db"),
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString();
        }
        DatabasePath = new SqliteConnectionStringBuilder(_connectionString).DataSource;
    }

    public string DatabasePath { get; }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    protected override async Task OnOpenedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // IMMEDIATE: take the write lock at BEGIN, so the transaction never fails half-way on a busy database.
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override string SelectClockForUpdate => "SELECT version FROM graph_clock WHERE id = 1";

    public override string IdPrimaryKey => "INTEGER PRIMARY KEY";
    public override string DoubleType => "REAL";
    public override string? MigrationLock => null;

    public override bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19 }; // SQLITE_CONSTRAINT
}
