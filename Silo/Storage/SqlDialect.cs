using System.Data.Common;

namespace Network.Silo.Storage;

/// <summary>What differs between the providers; all SQL else is shared.</summary>
public abstract class SqlDialect
{
    public abstract StorageProvider Provider { get; }

    public abstract DbConnection CreateConnection();

    /// <summary>Opens a connection configured for this provider.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await OnOpenedAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    protected virtual Task OnOpenedAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Begins the writer's transaction: it must hold the write lock from the start.</summary>
    public abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Reads the graph clock inside the writer's transaction, locking it against other writers until commit.</summary>
    public abstract string SelectClockForUpdate { get; }

    /// <summary>Column types that differ: an integer primary key, and a double.</summary>
    public abstract string IdPrimaryKey { get; }
    public abstract string DoubleType { get; }

    /// <summary>Serialises schema migrations of concurrently starting silos.</summary>
    public abstract string? MigrationLock { get; }

    public abstract bool IsUniqueViolation(Exception exception);
}
