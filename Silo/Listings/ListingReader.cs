using System.Data.Common;
using Network.Grains.Common;
using Network.Silo.Storage;

namespace Network.Silo.Listings;

/// <summary>
/// Paged lists straight from the edge, node and collaboration tables: who follows whom, members, supporters,
/// the directory of nodes, collaborations. Reads committed rows, so a client sees its acknowledged writes at once.
/// Every edge list is filtered by the viewer's visibility, in its items and in its count alike.
/// </summary>
public sealed class ListingReader(SqlDialect dialect)
{
    /// <summary>Targets of <paramref name="kind"/> edges leaving <paramref name="source"/> (whom a user follows, a user's communities).</summary>
    public Task<Page<long>> TargetsAsync(EdgeKind kind, long source, Visibility maxVisibility, PageRequest page, CancellationToken cancellationToken = default) =>
        EdgePageAsync("target", "source", kind, source, maxVisibility, page, cancellationToken);

    /// <summary>Sources of <paramref name="kind"/> edges reaching <paramref name="target"/> (followers, members, supporters).</summary>
    public Task<Page<long>> SourcesAsync(EdgeKind kind, long target, Visibility maxVisibility, PageRequest page, CancellationToken cancellationToken = default) =>
        EdgePageAsync("source", "target", kind, target, maxVisibility, page, cancellationToken);

    /// <summary>How many <paramref name="kind"/> edges reach <paramref name="target"/> that the viewer may see.</summary>
    public async Task<int> CountSourcesAsync(EdgeKind kind, long target, Visibility maxVisibility, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT COUNT(*) FROM edges WHERE kind = @k AND target = @n AND visibility <= @vis",
            ("k", (short)kind), ("n", target), ("vis", (short)maxVisibility));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>Nodes of one kind, optionally of one country and with one topic, by id.</summary>
    public async Task<Page<long>> NodesAsync(NodeKind kind, string? country, string? topic, PageRequest page, CancellationToken cancellationToken = default)
    {
        var from = topic is null
            ? "FROM nodes n WHERE n.kind = @k"
            : "FROM nodes n JOIN node_topics t ON t.node_id = n.id AND t.kind = n.kind AND t.topic = @topic WHERE n.kind = @k";
        if (country is not null) from += " AND n.country = @country";
        (string, object?)[] parameters = [("k", (short)kind), ("country", country), ("topic", topic)];
        return await PageAsync("n.id", from, parameters, page, cancellationToken);
    }

    /// <summary>Collaborations matching <paramref name="filter"/>, by id.</summary>
    public async Task<Page<CollaborationRecord>> CollaborationsAsync(CollaborationFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        var where = new List<string>();
        if (filter.ActorId is not null) where.Add("(c.from_id = @actor OR c.to_id = @actor)");
        if (filter.Country is not null) where.Add("(c.from_country = @country OR c.to_country = @country)");
        if (filter.CrossBorderOnly) where.Add("c.from_country <> c.to_country");
        if (filter.Since is not null) where.Add("c.occurred_at >= @since");
        if (filter.Until is not null) where.Add("c.occurred_at < @until");
        var from = "FROM collaborations c" + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "");
        (string, object?)[] parameters =
        [
            ("actor", filter.ActorId), ("country", filter.Country),
            ("since", filter.Since?.ToUnixTimeMilliseconds()), ("until", filter.Until?.ToUnixTimeMilliseconds()),
        ];

        await using var connection = await dialect.OpenAsync(cancellationToken);
        var total = await CountAsync(connection, from, parameters, cancellationToken);
        await using var command = Command(connection,
            $"SELECT {CollaborationColumns} {from}{(where.Count > 0 ? " AND" : " WHERE")} c.id > @after ORDER BY c.id LIMIT @limit",
            [.. parameters, ("after", page.After ?? 0L), ("limit", page.First + 1)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<CollaborationRecord>();
        while (await reader.ReadAsync(cancellationToken)) items.Add(ReadCollaboration(reader));
        return Trim(items, page, total);
    }

    public async Task<CollaborationRecord?> CollaborationAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {CollaborationColumns} FROM collaborations c WHERE c.id = @id", ("id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadCollaboration(reader) : null;
    }

    /// <summary>The distinct countries of the communities that joined a movement.</summary>
    public async Task<IReadOnlyList<string>> CountriesOfCommunitiesAsync(long movementId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = Command(connection,
            "SELECT DISTINCT n.country FROM edges e JOIN nodes n ON n.id = e.source WHERE e.kind = @k AND e.target = @m AND n.country IS NOT NULL ORDER BY n.country",
            ("k", (short)EdgeKind.PartOf), ("m", movementId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var countries = new List<string>();
        while (await reader.ReadAsync(cancellationToken)) countries.Add(reader.GetString(0));
        return countries;
    }

    private const string CollaborationColumns = "c.id, c.from_id, c.from_kind, c.to_id, c.to_kind, c.kind, c.occurred_at, c.from_country, c.to_country";

    private static CollaborationRecord ReadCollaboration(DbDataReader reader) => new(
        reader.GetInt64(0), reader.GetInt64(1), (NodeKind)reader.GetInt16(2), reader.GetInt64(3), (NodeKind)reader.GetInt16(4),
        (CollaborationKind)reader.GetInt16(5), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)), reader.GetString(7), reader.GetString(8));

    private Task<Page<long>> EdgePageAsync(string select, string anchor, EdgeKind kind, long node, Visibility maxVisibility, PageRequest page, CancellationToken cancellationToken) =>
        PageAsync($"e.{select}", $"FROM edges e WHERE e.kind = @k AND e.{anchor} = @n AND e.visibility <= @vis",
            [("k", (short)kind), ("n", node), ("vis", (short)maxVisibility)], page, cancellationToken);

    /// <summary>Counts the rows of <paramref name="from"/>, then reads one page of <paramref name="key"/> after the cursor.</summary>
    private async Task<Page<long>> PageAsync(string key, string from, (string, object?)[] parameters, PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var total = await CountAsync(connection, from, parameters, cancellationToken);
        await using var command = Command(connection, $"SELECT {key} {from} AND {key} > @after ORDER BY {key} LIMIT @limit",
            [.. parameters, ("after", page.After ?? 0L), ("limit", page.First + 1)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<long>(Math.Min(page.First + 1, 128));
        while (await reader.ReadAsync(cancellationToken)) items.Add(reader.GetInt64(0));
        return Trim(items, page, total);
    }

    private static async Task<int> CountAsync(DbConnection connection, string from, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT COUNT(*) " + from, parameters);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>We read one row past the page to learn whether another page follows.</summary>
    private static Page<T> Trim<T>(List<T> items, PageRequest page, int total)
    {
        var hasNext = items.Count > page.First;
        if (hasNext) items.RemoveAt(items.Count - 1);
        return new Page<T>(items, hasNext, page.After is not null, total);
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            // Unused parameters are left out: PostgreSQL refuses parameters whose type it cannot infer.
            if (sql.Contains("@" + name, StringComparison.Ordinal)) command.AddParameter(name, value);
        }
        return command;
    }
}

/// <summary>Which collaborations to list: touching an actor, touching a country, cross-border only, in a time window [since, until).</summary>
public sealed record CollaborationFilter(
    long? ActorId = null, string? Country = null, bool CrossBorderOnly = false, DateTimeOffset? Since = null, DateTimeOffset? Until = null);

/// <summary>A stored collaboration.</summary>
public sealed record CollaborationRecord(
    long Id, long FromId, NodeKind FromKind, long ToId, NodeKind ToKind, CollaborationKind Kind, DateTimeOffset OccurredAt,
    string FromCountry, string ToCountry)
{
    public bool CrossBorder => FromCountry != ToCountry;
}
