using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace Network.Silo.Storage;

/// <summary>
/// Creates or migrates the schema at start-up. Idempotent: every step checks before it acts, and the applied
/// version is recorded, so any number of silos may run it, in any order.
/// Times are Unix milliseconds; ids are 64-bit integers.
/// </summary>
public sealed class Schema(SqlDialect dialect, ILogger<Schema> logger)
{
    public const int CurrentVersion = 1;

    /// <summary>The edges' reverse index (who points at a node); the bulk importer builds it after the rows.</summary>
    public const string EdgesByTargetIndex = "CREATE INDEX IF NOT EXISTS edges_by_target ON edges (kind, target, source)";

    private string[] Version1 =>
    [
        "CREATE TABLE IF NOT EXISTS schema_info (id INTEGER PRIMARY KEY, version INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS graph_clock (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)",
        "INSERT INTO graph_clock (id, version) VALUES (1, 0) ON CONFLICT DO NOTHING",
        """
        CREATE TABLE IF NOT EXISTS grain_state (
            state_name TEXT NOT NULL, grain_id TEXT NOT NULL, payload TEXT NOT NULL, version BIGINT NOT NULL,
            PRIMARY KEY (state_name, grain_id))
        """,
        $"""
        CREATE TABLE IF NOT EXISTS nodes (
            id {dialect.IdPrimaryKey}, kind SMALLINT NOT NULL, name TEXT NOT NULL, unique_key TEXT NULL,
            country TEXT NULL, leaning {dialect.DoubleType} NULL, created_at BIGINT NOT NULL, version BIGINT NOT NULL)
        """,
        "CREATE UNIQUE INDEX IF NOT EXISTS nodes_unique_key ON nodes (kind, unique_key) WHERE unique_key IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS nodes_kind_country ON nodes (kind, country, id)",
        """
        CREATE TABLE IF NOT EXISTS node_topics (
            topic TEXT NOT NULL, kind SMALLINT NOT NULL, node_id BIGINT NOT NULL, PRIMARY KEY (topic, kind, node_id))
        """,
        """
        CREATE TABLE IF NOT EXISTS edges (
            kind SMALLINT NOT NULL, source BIGINT NOT NULL, target BIGINT NOT NULL, visibility SMALLINT NOT NULL,
            weight INTEGER NOT NULL, version BIGINT NOT NULL, PRIMARY KEY (kind, source, target))
        """,
        EdgesByTargetIndex,
        $"""
        CREATE TABLE IF NOT EXISTS collaborations (
            id {dialect.IdPrimaryKey}, from_id BIGINT NOT NULL, from_kind SMALLINT NOT NULL, to_id BIGINT NOT NULL,
            to_kind SMALLINT NOT NULL, kind SMALLINT NOT NULL, occurred_at BIGINT NOT NULL, from_country TEXT NOT NULL,
            to_country TEXT NOT NULL, version BIGINT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS collaborations_from ON collaborations (from_id, id)",
        "CREATE INDEX IF NOT EXISTS collaborations_to ON collaborations (to_id, id)",
        "CREATE INDEX IF NOT EXISTS collaborations_occurred ON collaborations (occurred_at, id)",
        """
        CREATE TABLE IF NOT EXISTS events (
            version BIGINT PRIMARY KEY, kind TEXT NOT NULL, subject_id BIGINT NOT NULL, object_id BIGINT NULL,
            data TEXT NULL, recorded_at BIGINT NOT NULL)
        """,
    ];

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        if (dialect.MigrationLock is { } migrationLock) await Execute(connection, transaction, migrationLock, cancellationToken);

        await Execute(connection, transaction, Version1[0], cancellationToken);
        var applied = await AppliedVersion(connection, transaction, cancellationToken);
        if (applied > CurrentVersion)
            throw new InvalidOperationException($"The database has schema version {applied}, newer than this build's {CurrentVersion}. Upgrade the silo.");
        if (applied < 1)
        {
            foreach (var statement in Version1) await Execute(connection, transaction, statement, cancellationToken);
            await Execute(connection, transaction, "INSERT INTO schema_info (id, version) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET version = 1", cancellationToken);
            logger.LogInformation("Storage schema created at version {Version} ({Provider}).", 1, dialect.Provider);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<int> AppliedVersion(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM schema_info WHERE id = 1";
        return await command.ExecuteScalarAsync(cancellationToken) is { } v and not DBNull ? Convert.ToInt32(v) : 0;
    }

    private static async Task Execute(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
