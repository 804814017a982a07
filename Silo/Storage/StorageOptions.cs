namespace Network.Silo.Storage;

public enum StorageProvider { Sqlite, PostgreSql }

/// <summary>Bound from the "Storage" configuration section (environment: Storage__Provider, Storage__DataDirectory, Storage__ConnectionString).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Where the SQLite file lives (created if missing).</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Required for PostgreSql; for Sqlite it overrides the file under <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>At most this many mutations share one transaction (group commit).</summary>
    public int MaxBatchSize { get; set; } = 256;
}
