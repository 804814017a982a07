using System.Data;
using System.Data.Common;
using System.Text.Json;
using Network.Grains.Common;
using Network.Grains.Storage;
using Network.Silo.Storage;

namespace Network.Silo.Live;

/// <summary>
/// What the feed reads from storage: where to start, the log itself, and, for a leave that a resume replays, the
/// visibility of the membership it ended (the leave event does not carry it; the join before it does).
/// </summary>
public sealed class LiveLogReader(SqlDialect dialect, GraphReader reader)
{
    /// <summary>
    /// The graph version and, at that same version, every membership that is not public: in one read transaction, so
    /// the feed's first leave events find the visibility of the membership they end.
    /// </summary>
    public async Task<(long Version, Dictionary<(long User, long Community), Visibility> Hidden)> ReadStartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        long version;
        await using (var clock = Command(connection, transaction, "SELECT version FROM graph_clock WHERE id = 1"))
            version = Convert.ToInt64(await clock.ExecuteScalarAsync(cancellationToken));

        var hidden = new Dictionary<(long, long), Visibility>();
        await using (var edges = Command(connection, transaction, "SELECT source, target, visibility FROM edges WHERE kind = @k AND visibility > 0",
            ("k", (short)EdgeKind.MemberOf)))
        await using (var rows = await edges.ExecuteReaderAsync(cancellationToken))
        {
            while (await rows.ReadAsync(cancellationToken))
                hidden[(rows.GetInt64(0), rows.GetInt64(1))] = (Visibility)rows.GetInt16(2);
        }
        await transaction.CommitAsync(cancellationToken);
        return (version, hidden);
    }

    public Task<IReadOnlyList<GraphEvent>> ReadEventsAsync(long afterVersion, int limit, CancellationToken cancellationToken) =>
        reader.ReadEventsAsync(afterVersion, limit, cancellationToken);

    /// <summary>
    /// The visibility of the last join of <paramref name="user"/> to <paramref name="community"/> before
    /// <paramref name="version"/>; private when none is found, so that an unknown membership is never revealed.
    /// The events table has no index on subject: this scans, which is why only resumes (not the live feed) use it.
    /// </summary>
    public async Task<Visibility> JoinVisibilityBeforeAsync(long user, long community, long version, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            "SELECT data FROM events WHERE kind = @kind AND subject_id = @s AND object_id = @o AND version < @v ORDER BY version DESC LIMIT 1",
            ("kind", EventKinds.JoinedCommunity), ("s", user), ("o", community), ("v", version));
        return await command.ExecuteScalarAsync(cancellationToken) is string data ? VisibilityIn(data) : Visibility.Private;
    }

    /// <summary>The visibility a join or support replaced on an existing edge; null when it created the edge or kept it.</summary>
    public static Visibility? PreviousVisibilityIn(string? data)
    {
        if (data is null) return null;
        using var document = JsonDocument.Parse(data);
        return document.RootElement.TryGetProperty("previousVisibility", out var v) && v.ValueKind == JsonValueKind.String
            ? Enum.Parse<Visibility>(v.GetString()!, ignoreCase: true)
            : null;
    }

    /// <summary>The visibility written in a join's or support's data; public when absent (older events).</summary>
    public static Visibility VisibilityIn(string? data)
    {
        if (data is null) return Visibility.Public;
        using var document = JsonDocument.Parse(data);
        return document.RootElement.TryGetProperty("visibility", out var v) && v.ValueKind == JsonValueKind.String
            ? Enum.Parse<Visibility>(v.GetString()!, ignoreCase: true)
            : Visibility.Public;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.AddParameter(name, value);
        return command;
    }
}
