using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Membership;
using Orleans.Runtime;

namespace Network.Silo.Membership;

/// <summary>
/// The membership table in PostgreSQL, after Orleans' AdoNet clustering scripts: a version row per cluster
/// (<c>orleans_membership_version</c>) and a row per silo generation (<c>orleans_membership</c>). Each insert or update
/// runs in one transaction that moves the version row only from the version the writer read, and the silo row only
/// from the etag it read; if either moved, nothing is written and the call returns false.
/// </summary>
public sealed class PostgresMembershipTable(string connectionString, string clusterId, ILogger<PostgresMembershipTable> logger) : IMembershipTable
{
    private const string Columns = "address, port, generation, silo_name, host_name, status, suspect_times, start_time, i_am_alive_time, etag";

    public async Task InitializeMembershipTable(bool tryInitTableVersion)
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // Silos start together: without the lock, two CREATE TABLE IF NOT EXISTS can still collide in the catalog.
        await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(7400611)");
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS orleans_membership_version (
                deployment_id TEXT PRIMARY KEY,
                timestamp TIMESTAMPTZ NOT NULL DEFAULT now(),
                version INTEGER NOT NULL DEFAULT 0)
            """);
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS orleans_membership (
                deployment_id TEXT NOT NULL,
                address TEXT NOT NULL,
                port INTEGER NOT NULL,
                generation INTEGER NOT NULL,
                silo_name TEXT NOT NULL,
                host_name TEXT NOT NULL,
                status INTEGER NOT NULL,
                proxy_port INTEGER NULL,
                suspect_times TEXT NULL,
                start_time TIMESTAMPTZ NOT NULL,
                i_am_alive_time TIMESTAMPTZ NOT NULL,
                etag INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (deployment_id, address, port, generation))
            """);
        if (tryInitTableVersion)
            await ExecuteAsync(connection, transaction,
                "INSERT INTO orleans_membership_version (deployment_id) VALUES (@d) ON CONFLICT (deployment_id) DO NOTHING", ("d", clusterId));
        await transaction.CommitAsync();
    }

    public async Task<MembershipTableData> ReadAll()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        await using var versionCommand = Command(connection, transaction,
            "SELECT version FROM orleans_membership_version WHERE deployment_id = @d", ("d", clusterId));
        var version = Convert.ToInt32(await versionCommand.ExecuteScalarAsync() ?? 0, CultureInfo.InvariantCulture);
        await using var rowsCommand = Command(connection, transaction,
            $"SELECT {Columns} FROM orleans_membership WHERE deployment_id = @d", ("d", clusterId));
        var rows = ImmutableArray.CreateBuilder<(MembershipEntry, string)>();
        await using (var reader = await rowsCommand.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var silo = new SiloAddress(new IPEndPoint(IPAddress.Parse(reader.GetString(0)), reader.GetInt32(1)), reader.GetInt32(2));
                var entry = new MembershipEntry(silo, reader.GetString(3), reader.GetString(4), (SiloStatus)reader.GetInt32(5),
                    ReadVotes(reader.IsDBNull(6) ? null : reader.GetString(6)),
                    reader.GetFieldValue<DateTimeOffset>(7), reader.GetFieldValue<DateTimeOffset>(8));
                rows.Add((entry, reader.GetInt32(9).ToString(CultureInfo.InvariantCulture)));
            }
        }
        await transaction.CommitAsync();
        return new MembershipTableData(rows.ToImmutable(), new TableVersion(version, version.ToString(CultureInfo.InvariantCulture)));
    }

    public async Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (!await MoveVersionAsync(connection, transaction, tableVersion)) return false;
        var inserted = await ExecuteAsync(connection, transaction, $"""
            INSERT INTO orleans_membership (deployment_id, {Columns})
            VALUES (@d, @address, @port, @generation, @name, @host, @status, @votes, @start, @alive, 0)
            ON CONFLICT DO NOTHING
            """, EntryParameters(entry));
        if (inserted != 1) return false;
        await transaction.CommitAsync();
        return true;
    }

    public async Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        if (!int.TryParse(etag, NumberStyles.Integer, CultureInfo.InvariantCulture, out var expected)) return false;
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (!await MoveVersionAsync(connection, transaction, tableVersion)) return false;
        var updated = await ExecuteAsync(connection, transaction, """
            UPDATE orleans_membership
            SET silo_name = @name, host_name = @host, status = @status, suspect_times = @votes, start_time = @start,
                i_am_alive_time = @alive, etag = etag + 1
            WHERE deployment_id = @d AND address = @address AND port = @port AND generation = @generation AND etag = @etag
            """, [.. EntryParameters(entry), ("etag", expected)]);
        if (updated != 1) return false;
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>The compare-and-swap on the version row: only from the version the writer read, to the next.</summary>
    private async Task<bool> MoveVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, TableVersion next)
    {
        if (!int.TryParse(next.VersionEtag, NumberStyles.Integer, CultureInfo.InvariantCulture, out var read)) return false;
        var moved = await ExecuteAsync(connection, transaction,
            "UPDATE orleans_membership_version SET version = @next, timestamp = now() WHERE deployment_id = @d AND version = @read",
            ("next", next.Version), ("d", clusterId), ("read", read));
        if (moved != 1) logger.LogDebug("Membership version moved past {Version}; the write loses the race.", read);
        return moved == 1;
    }

    public async Task UpdateIAmAlive(MembershipEntry entry)
    {
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, null, """
            UPDATE orleans_membership SET i_am_alive_time = @alive
            WHERE deployment_id = @d AND address = @address AND port = @port AND generation = @generation
            """, EntryParameters(entry));
    }

    public async Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, null,
            "DELETE FROM orleans_membership WHERE deployment_id = @d AND status = @dead AND i_am_alive_time < @before",
            ("d", clusterId), ("dead", (int)SiloStatus.Dead), ("before", beforeDate.ToUniversalTime()));
    }

    public async Task DeleteMembershipTableEntries(string clusterId)
    {
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, null, "DELETE FROM orleans_membership WHERE deployment_id = @d", ("d", clusterId));
        await ExecuteAsync(connection, null, "DELETE FROM orleans_membership_version WHERE deployment_id = @d", ("d", clusterId));
    }

    private (string, object?)[] EntryParameters(MembershipEntry entry) =>
    [
        ("d", clusterId),
        ("address", entry.Silo.Endpoint.Address.ToString()),
        ("port", entry.Silo.Endpoint.Port),
        ("generation", entry.Silo.Generation),
        ("name", entry.SiloName),
        ("host", entry.HostName),
        ("status", (int)entry.Status),
        ("votes", WriteVotes(entry.SuspectTimes)),
        ("start", entry.StartTime.ToUniversalTime()),
        ("alive", entry.IAmAliveTime.ToUniversalTime()),
    ];

    private sealed record Vote(string Voter, DateTimeOffset Time);

    private static string? WriteVotes(ImmutableArray<SuspectVote> votes) =>
        votes.IsDefaultOrEmpty ? null : JsonSerializer.Serialize(votes.Select(v => new Vote(v.Voter.ToString(), v.Time.ToUniversalTime())));

    private static ImmutableArray<SuspectVote> ReadVotes(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<Vote[]>(json)!.Select(v => new SuspectVote(SiloAddress.Parse(v.Voter), v.Time)).ToImmutableArray();

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }
}
