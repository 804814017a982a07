using System.Text;
using Microsoft.Data.Sqlite;
using Network.Grains.Common;
using SQLitePCL;

namespace Network.Silo.Projection;

/// <summary>
/// Bulk start-up load from SQLite through its own statement API on the caller's connection (so inside its read
/// transaction and snapshot). The ADO.NET reader costs about 1.7 µs a row here, most of it per-call checks;
/// stepping the statement directly is several times cheaper, and nodes, topics and edges are all of start-up.
/// </summary>
/// <remarks>
/// Where the time went before (10M edge rows, 1M users, 517k rows/s): a pread() system call per page (SQLite's
/// default page cache is tiny next to a 2 GB file), per edge row a delegate call and two
/// <see cref="Dictionary{TKey,TValue}"/> lookups of 64-bit ids, then a sort of all keys with a permutation and
/// copies of every array; nodes and topics through ADO.NET, with a new string per topic row kept for good.
/// Now: the file is memory-mapped; edges are read in one sequential table scan (reading them in primary-key
/// order instead costs a table seek per row and measured 2x slower) straight into per-kind arrays that the
/// edge sets keep; each kind is sorted once with weight and visibility packed into one payload; ids are looked
/// up in an open-addressing table; topic and country names are decoded once per distinct value and shared.
/// </remarks>
internal static class SqliteEdgeScan
{
    public static void LoadNodes(SqliteConnection connection, NodeTable nodes)
    {
        var db = Handle(connection);
        // Memory-mapped reads: without them every page of a scan is a pread() system call and a copy, which was
        // the largest single cost of the load. SQLite caps the size at its compile-time maximum (2 GB by default).
        Exec(db, "PRAGMA mmap_size = 2147418112");
        var count = (int)ScalarInt64(db, "SELECT count(*) FROM nodes");
        nodes.EnsureCapacity(count);
        var countries = new Dictionary<int, string>();
        using (var statement = Prepare(db, "SELECT id, kind, country, leaning FROM nodes ORDER BY id"))
        {
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                var id = raw.sqlite3_column_int64(statement, 0);
                var kind = (NodeKind)raw.sqlite3_column_int(statement, 1);
                string? country = null;
                if (raw.sqlite3_column_type(statement, 2) != raw.SQLITE_NULL)
                {
                    var bytes = raw.sqlite3_column_blob(statement, 2);
                    // ISO alpha-2 codes (and anything up to 3 bytes) are cached by their bytes, without decoding.
                    var small = bytes.Length <= 3 ? bytes.Length << 24 | (bytes.Length > 0 ? bytes[0] : 0) | (bytes.Length > 1 ? bytes[1] << 8 : 0) | (bytes.Length > 2 ? bytes[2] << 16 : 0) : -1;
                    if (small < 0 || !countries.TryGetValue(small, out country))
                    {
                        country = Encoding.UTF8.GetString(bytes);
                        if (small >= 0) countries[small] = country;
                    }
                }
                double? leaning = raw.sqlite3_column_type(statement, 3) == raw.SQLITE_NULL ? null : raw.sqlite3_column_double(statement, 3);
                nodes.Set(id, kind, country, leaning, []);
            }
            Check(db, rc);
        }

        // Topics: (node index, topic) pairs grouped per node at the end, one array per node that has any.
        var owner = new List<int>();
        var names = new List<string>();
        using (var statement = Prepare(db, "SELECT topic, node_id FROM node_topics"))
        {
            int rc;
            byte[] previous = [];
            string? topic = null;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                var bytes = raw.sqlite3_column_blob(statement, 0);
                if (topic is null || !bytes.SequenceEqual(previous))
                {
                    previous = bytes.ToArray();
                    topic = nodes.InternTopic(Encoding.UTF8.GetString(bytes));
                }
                owner.Add(nodes.IndexOf(raw.sqlite3_column_int64(statement, 1)));
                names.Add(topic);
            }
            Check(db, rc);
        }
        nodes.SetTopics(owner, names);
    }

    /// <summary>Reads every edge in table order (one sequential pass), then sorts each kind's keys.</summary>
    public static void LoadEdges(SqliteConnection connection, NodeTable nodes, Func<int, EdgeSet> setOf, int kinds)
    {
        var db = Handle(connection);
        var keys = new long[kinds][];
        var weights = new int[kinds][];
        var visibility = new byte[kinds][];
        var count = new int[kinds];
        for (var k = 0; k < kinds; k++)
        {
            keys[k] = new long[1024];
            weights[k] = new int[1024];
            visibility[k] = new byte[1024];
        }
        using (var statement = Prepare(db, "SELECT kind, source, target, visibility, weight FROM edges"))
        {
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                var kind = raw.sqlite3_column_int(statement, 0);
                if ((uint)kind >= (uint)kinds) continue;
                var source = raw.sqlite3_column_int64(statement, 1);
                if (!nodes.TryIndex(source, out var sourceIndex)) sourceIndex = nodes.IndexOf(source);
                var target = raw.sqlite3_column_int64(statement, 2);
                if (!nodes.TryIndex(target, out var targetIndex)) targetIndex = nodes.IndexOf(target);
                var c = count[kind];
                if (c == keys[kind].Length)
                {
                    Array.Resize(ref keys[kind], c * 2);
                    Array.Resize(ref weights[kind], c * 2);
                    Array.Resize(ref visibility[kind], c * 2);
                }
                keys[kind][c] = EdgeSet.Key(sourceIndex, targetIndex);
                visibility[kind][c] = (byte)raw.sqlite3_column_int(statement, 3);
                weights[kind][c] = raw.sqlite3_column_int(statement, 4);
                count[kind] = c + 1;
            }
            Check(db, rc);
        }
        for (var k = 1; k < kinds; k++)
        {
            var (ks, ws, vs, c) = (keys[k], weights[k], visibility[k], count[k]);
            keys[k] = [];
            setOf(k).LoadSorting(ks, ws, vs, c);
        }
    }

    private static sqlite3 Handle(SqliteConnection connection) =>
        connection.Handle ?? throw new InvalidOperationException("The connection is not open.");

    private static sqlite3_stmt Prepare(sqlite3 db, string sql)
    {
        var rc = raw.sqlite3_prepare_v2(db, sql, out var statement);
        if (rc != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        return statement;
    }

    private static void Exec(sqlite3 db, string sql)
    {
        using var statement = Prepare(db, sql);
        int rc;
        while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW) { }
        Check(db, rc);
    }

    private static long ScalarInt64(sqlite3 db, string sql)
    {
        using var statement = Prepare(db, sql);
        var rc = raw.sqlite3_step(statement);
        if (rc != raw.SQLITE_ROW) Check(db, rc);
        return raw.sqlite3_column_int64(statement, 0);
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_DONE) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
    }
}
