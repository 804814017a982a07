using System.Data.Common;
using Npgsql;

namespace Network.Silo.Storage;

/// <summary>PostgreSQL, shared by every silo. The graph clock's row lock orders writers across silos.</summary>
public sealed class PostgresDialect : SqlDialect, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            throw new InvalidOperationException("Storage:ConnectionString is required when Storage:Provider is PostgreSql.");
        _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
    }

    public override StorageProvider Provider => StorageProvider.PostgreSql;

    public override DbConnection CreateConnection() => _dataSource.CreateConnection();

    public override async ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    public override string SelectClockForUpdate => "SELECT version FROM graph_clock WHERE id = 1 FOR UPDATE";

    public override string IdPrimaryKey => "BIGINT PRIMARY KEY";
    public override string DoubleType => "DOUBLE PRECISION";
    public override string? MigrationLock => "SELECT pg_advisory_xact_lock(727274)";

    public override bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public void Dispose() => _dataSource.Dispose();
}
