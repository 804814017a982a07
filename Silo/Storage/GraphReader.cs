using System.Data.Common;
using Network.Grains.Common;

namespace Network.Silo.Storage;

/// <summary>Reads straight from storage: the graph version, the event log, and edge rows. Never writes.</summary>
public sealed class GraphReader(SqlDialect dialect)
{
    public async Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT version FROM graph_clock WHERE id = 1");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>Events with version &gt; <paramref name="afterVersion"/>, oldest first.</summary>
    public async Task<IReadOnlyList<GraphEvent>> ReadEventsAsync(long afterVersion, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT version, kind, subject_id, object_id, data, recorded_at FROM events WHERE version > @after ORDER BY version LIMIT @limit",
            ("after", afterVersion), ("limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<GraphEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new GraphEvent(
                reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5))));
        }
        return events;
    }

    public async Task<EdgeRecord?> GetEdgeAsync(EdgeKind kind, long source, long target, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT visibility, weight, version FROM edges WHERE kind = @k AND source = @s AND target = @t",
            ("k", (short)kind), ("s", source), ("t", target));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new EdgeRecord(kind, source, target, (Visibility)reader.GetInt16(0), reader.GetInt32(1), reader.GetInt64(2))
            : null;
    }

    /// <summary>Counts edges of <paramref name="kind"/> ending at <paramref name="target"/> whose visibility is at most <paramref name="maxVisibility"/>.</summary>
    public async Task<int> CountIncomingAsync(EdgeKind kind, long target, Visibility maxVisibility, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT COUNT(*) FROM edges WHERE kind = @k AND target = @t AND visibility <= @vis",
            ("k", (short)kind), ("t", target), ("vis", (short)maxVisibility));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task<long> CountRowsAsync(string table, CancellationToken cancellationToken = default)
    {
        if (table is not ("events" or "edges" or "nodes" or "collaborations" or "grain_state"))
            throw new ArgumentException("Unknown table.", nameof(table));
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT COUNT(*) FROM {table}");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.AddParameter(name, value);
        return command;
    }
}
