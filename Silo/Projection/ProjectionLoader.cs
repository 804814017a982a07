using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Network.Grains.Common;

namespace Network.Silo.Projection;

/// <summary>
/// Builds a projection from storage in bulk: nodes, topics, edges and collaborations read in one read transaction
/// together with the graph clock (on SQLite, nodes and edges on connections checked to see the same version), so
/// the result is exactly the graph at that version.
/// </summary>
public sealed class ProjectionLoader(Storage.SqlDialect dialect)
{
    public async Task<GraphProjection> LoadAsync(CancellationToken cancellationToken = default)
    {
        var projection = new GraphProjection();
        await using var connection = await dialect.OpenAsync(cancellationToken);
        // SQLite's deferred transaction pins one WAL snapshot at the first read (Microsoft.Data.Sqlite's default is
        // BEGIN IMMEDIATE, which would also hold the write lock through the load); PostgreSQL needs repeatable read.
        await using var transaction = await BeginReadAsync(connection, cancellationToken);

        var version = Convert.ToInt64(await Scalar(connection, transaction, "SELECT version FROM graph_clock WHERE id = 1", cancellationToken));

        if (connection is SqliteConnection sqlite)
        {
            // Statement API, memory-mapped reads, topics read beside the nodes and the edge table scanned in halves on
            // two connections of the load's own that read this transaction's snapshot, this one standing in for any
            // that could not be opened at it: see SqliteEdgeScan.
            var wanted = Math.Min(Environment.ProcessorCount, 2);
            var own = SqliteEdgeScan.OpenReadersAt(sqlite, version, wanted);
            try
            {
                var readers = own.Count == wanted ? own : [.. own, SqliteEdgeScan.Handle(sqlite)];
                SqliteEdgeScan.LoadNodes(readers, projection.Nodes);
                SqliteEdgeScan.LoadEdges(readers, projection.Nodes, k => projection.Edges((EdgeKind)k), 6);
            }
            finally
            {
                foreach (var reader in own) reader.Dispose();
            }
        }
        else
        {
            LoadThroughAdoNet(connection, transaction, projection);
        }

        ForEachRow(connection, transaction,
            "SELECT id, from_id, from_kind, to_id, to_kind, kind, occurred_at, from_country, to_country FROM collaborations ORDER BY version, id", r =>
                projection.AddCollaboration(new CollaborationFact(
                    r.GetInt64(0), r.GetInt64(1), (NodeKind)r.GetInt16(2), r.GetInt64(3), (NodeKind)r.GetInt16(4), (CollaborationKind)r.GetInt16(5),
                    DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)), r.GetString(7), r.GetString(8))));

        await transaction.CommitAsync(cancellationToken);
        projection.SetLoadedVersion(version);
        return projection;
    }

    private async Task<DbTransaction> BeginReadAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(dialect.Provider == Storage.StorageProvider.PostgreSql ? IsolationLevel.RepeatableRead : IsolationLevel.Unspecified, cancellationToken);

    private static void LoadThroughAdoNet(DbConnection connection, DbTransaction transaction, GraphProjection projection)
    {
        // Rows are read synchronously: per-row async machinery costs more than the row itself here.
        var topics = new Dictionary<long, List<string>>();
        ForEachRow(connection, transaction, "SELECT node_id, topic FROM node_topics", r =>
        {
            var id = r.GetInt64(0);
            if (!topics.TryGetValue(id, out var list)) topics[id] = list = [];
            list.Add(r.GetString(1));
        });
        ForEachRow(connection, transaction, "SELECT id, kind, country, leaning FROM nodes", r =>
        {
            var id = r.GetInt64(0);
            projection.Nodes.Set(id, (NodeKind)r.GetInt16(1), r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetDouble(3), topics.TryGetValue(id, out var t) ? t : []);
        });

        var buffers = Enumerable.Range(0, 6).Select(_ => new EdgeBuffer()).ToArray();
        var nodes = projection.Nodes;
        ForEachRow(connection, transaction, "SELECT kind, source, target, visibility, weight FROM edges", r =>
        {
            // Columns in order: SequentialAccess readers cannot go back.
            var kind = r.GetInt16(0);
            var key = Projection.EdgeSet.Key(nodes.IndexOf(r.GetInt64(1)), nodes.IndexOf(r.GetInt64(2)));
            var visibility = (byte)r.GetInt16(3);
            buffers[kind].Add(key, r.GetInt32(4), visibility);
        });
        for (var kind = 1; kind < buffers.Length; kind++)
            projection.Edges((EdgeKind)kind).Load(buffers[kind].Keys, buffers[kind].Weights, buffers[kind].Visibility, buffers[kind].Count);
    }

    private static async Task<object?> Scalar(DbConnection c, DbTransaction t, string sql, CancellationToken ct)
    {
        await using var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }

    private static void ForEachRow(DbConnection c, DbTransaction t, string sql, Action<DbDataReader> row)
    {
        using var command = c.CreateCommand();
        command.Transaction = t;
        command.CommandText = sql;
        using var reader = command.ExecuteReader(CommandBehavior.SequentialAccess);
        while (reader.Read()) row(reader);
    }

    private sealed class EdgeBuffer
    {
        public long[] Keys = new long[16];
        public int[] Weights = new int[16];
        public byte[] Visibility = new byte[16];
        public int Count;

        public void Add(long key, int weight, byte visibility)
        {
            if (Count == Keys.Length)
            {
                Array.Resize(ref Keys, Count * 2);
                Array.Resize(ref Weights, Count * 2);
                Array.Resize(ref Visibility, Count * 2);
            }
            Keys[Count] = key;
            Weights[Count] = weight;
            Visibility[Count++] = visibility;
        }
    }
}
