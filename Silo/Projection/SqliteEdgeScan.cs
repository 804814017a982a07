using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Network.Grains.Common;
using SQLitePCL;

namespace Network.Silo.Projection;

/// <summary>
/// Bulk start-up load from SQLite through its own statement API on the caller's connections (so inside their read
/// transactions and snapshot). The ADO.NET reader costs about 1.7 µs a row here, most of it per-call checks;
/// stepping the statement directly is several times cheaper, and nodes, topics and edges are all of start-up.
/// </summary>
/// <remarks>
/// Where the time went before (10M edge rows, 1M users, 517k rows/s): a pread() system call per page (SQLite's
/// default page cache is tiny next to a 2 GB file), per edge row a delegate call and two
/// <see cref="Dictionary{TKey,TValue}"/> lookups of 64-bit ids, then a sort of all keys with a permutation and
/// copies of every array; nodes and topics through ADO.NET, with a new string per topic row kept for good.
/// Now: the file is memory-mapped; edges are read by table scans (reading them in primary-key order instead costs
/// a table seek per row and measured 2x slower), two rowid halves on two connections at one snapshot, straight into
/// per-kind arrays that the edge sets keep; each kind is sorted once with weight and visibility packed into one payload; ids are looked
/// up in an open-addressing table; topic and country names are decoded once per distinct value and shared.
/// </remarks>
internal static class SqliteEdgeScan
{
    /// <summary>
    /// Nodes on the first connection while their topics are stepped on the second, if there is one (the topic rows
    /// only need the nodes' indexes at the end); the connections must be at one snapshot, as for the edges.
    /// </summary>
    public static void LoadNodes(IReadOnlyList<sqlite3> connections, NodeTable nodes)
    {
        // Memory-mapped reads: without them every page of a scan is a pread() system call and a copy, which was
        // the largest single cost of the load. SQLite caps the size at its compile-time maximum (2 GB by default).
        foreach (var connection in connections) Exec(connection, "PRAGMA mmap_size = 2147418112");
        var topicRows = connections.Count > 1 ? Task.Run(() => ReadTopics(connections[1])) : null;
        ReadNodes(connections[0], nodes);
        var (owners, names) = topicRows?.GetAwaiter().GetResult() ?? ReadTopics(connections[0]);

        // (node index, topic) pairs, grouped per node by SetTopics: one array per node that has any.
        var owner = new List<int>(owners.Count);
        foreach (var id in owners) owner.Add(nodes.IndexOf(id));
        nodes.SetTopics(owner, names);
    }

    private static void ReadNodes(sqlite3 db, NodeTable nodes)
    {
        var count = (int)ScalarInt64(db, "SELECT count(*) FROM nodes");
        nodes.EnsureCapacity(count);
        var countries = new Dictionary<int, string>();
        using var statement = Prepare(db, "SELECT id, kind, country, leaning FROM nodes ORDER BY id");
        var handle = statement.DangerousGetHandle();
        var buffer = new byte[64];
        int rc;
        while ((rc = NativeSqlite.Step(handle)) == raw.SQLITE_ROW)
        {
            var id = NativeSqlite.ColumnInt64(handle, 0);
            var kind = (NodeKind)NativeSqlite.ColumnInt64(handle, 1);
            string? country = null;
            if (NativeSqlite.ColumnType(handle, 2) != raw.SQLITE_NULL)
            {
                var bytes = NativeSqlite.ColumnBytes(handle, 2, ref buffer);
                // ISO alpha-2 codes (and anything up to 3 bytes) are cached by their bytes, without decoding.
                var small = bytes.Length <= 3 ? bytes.Length << 24 | (bytes.Length > 0 ? bytes[0] : 0) | (bytes.Length > 1 ? bytes[1] << 8 : 0) | (bytes.Length > 2 ? bytes[2] << 16 : 0) : -1;
                if (small < 0 || !countries.TryGetValue(small, out country))
                {
                    country = Encoding.UTF8.GetString(bytes);
                    if (small >= 0) countries[small] = country;
                }
            }
            double? leaning = NativeSqlite.ColumnType(handle, 3) == raw.SQLITE_NULL ? null : NativeSqlite.ColumnDouble(handle, 3);
            nodes.Set(id, kind, country, leaning, []);
        }
        Check(db, rc);
    }

    // The rows come in topic order (the table's key), so each name is decoded once, when it changes.
    private static (List<long> Owners, List<string> Names) ReadTopics(sqlite3 db)
    {
        var (owners, names) = (new List<long>(), new List<string>());
        using var statement = Prepare(db, "SELECT topic, node_id FROM node_topics");
        var handle = statement.DangerousGetHandle();
        var buffer = new byte[64];
        int rc;
        byte[] previous = [];
        string? topic = null;
        while ((rc = NativeSqlite.Step(handle)) == raw.SQLITE_ROW)
        {
            var bytes = NativeSqlite.ColumnBytes(handle, 0, ref buffer);
            if (topic is null || !bytes.SequenceEqual(previous))
            {
                previous = bytes.ToArray();
                topic = Encoding.UTF8.GetString(bytes);
            }
            owners.Add(NativeSqlite.ColumnInt64(handle, 1));
            names.Add(topic);
        }
        Check(db, rc);
        return (owners, names);
    }

    /// <summary>
    /// Reads every edge, split into rowid ranges, one per connection, each scanned in table order on its own
    /// thread; then sorts each kind's keys. The connections must all be inside read transactions at the same
    /// snapshot (the caller checks that they read the same graph version).
    /// </summary>
    public static void LoadEdges(IReadOnlyList<sqlite3> connections, NodeTable nodes, Func<int, EdgeSet> setOf, int kinds)
    {
        var parts = connections.Count;
        var last = ScalarInt64(connections[0], "SELECT coalesce(max(rowid), 0) FROM edges");
        var scans = new EdgeRange[parts];
        for (var i = 0; i < parts; i++)
        {
            scans[i] = new EdgeRange(connections[i], i == 0 ? long.MinValue : last * i / parts, last * (i + 1) / parts, kinds);
        }
        // Node ids are only looked up here (the map is not changed while ranges run); unknown ids, which need a
        // placeholder node, are kept aside and resolved afterwards in range order, i.e. in table order as before.
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, i => scans[i].Scan(nodes));
        foreach (var scan in scans) scan.ResolveUnknown(nodes);

        Parallel.For(1, kinds, k =>
        {
            var count = scans.Sum(s => s.Count[k]);
            var keys = new long[count];
            var weights = new int[count];
            var visibility = new byte[count];
            var at = 0;
            foreach (var scan in scans)
            {
                var c = scan.Count[k];
                Array.Copy(scan.Keys[k], 0, keys, at, c);
                Array.Copy(scan.Weights[k], 0, weights, at, c);
                Array.Copy(scan.Visibility[k], 0, visibility, at, c);
                scan.Keys[k] = [];
                at += c;
            }
            setOf(k).LoadSorting(keys, weights, visibility, count);
        });
    }

    /// <summary>The edges with rowid in (from, to], per kind.</summary>
    private sealed class EdgeRange(sqlite3 db, long from, long to, int kinds)
    {
        public readonly long[][] Keys = New<long>(kinds);
        public readonly int[][] Weights = New<int>(kinds);
        public readonly byte[][] Visibility = New<byte>(kinds);
        public readonly int[] Count = new int[kinds];
        private readonly List<(long Source, long Target, long Packed)> _unknown = [];

        private static T[][] New<T>(int kinds) => Enumerable.Range(0, kinds).Select(_ => new T[1024]).ToArray();

        public void Scan(NodeTable nodes)
        {
            // Three integer columns, kind, visibility and weight packed into one by SQLite: every result column
            // is a VDBE step and a native call, and five columns stepped at ~1.9M rows/s against ~2.6M for three.
            using var statement = Prepare(db,
                "SELECT source, target, kind + 65536 * visibility + 4294967296 * weight FROM edges WHERE rowid > ?1 AND rowid <= ?2");
            raw.sqlite3_bind_int64(statement, 1, from);
            raw.sqlite3_bind_int64(statement, 2, to);
            // Rows are buffered and their ids looked up a batch at a time: each lookup is a cache miss in a table of
            // tens of MB, and between two rows' lookups SQLite's step is too long for the processor to overlap
            // them; in a tight loop over a batch the misses overlap.
            const int Batch = 256;
            var rows = new (long Source, long Target, long Packed)[Batch];
            var buffered = 0;
            var handle = statement.DangerousGetHandle();
            int rc;
            while ((rc = NativeSqlite.Step(handle)) == raw.SQLITE_ROW)
            {
                rows[buffered++] = (NativeSqlite.ColumnInt64(handle, 0), NativeSqlite.ColumnInt64(handle, 1), NativeSqlite.ColumnInt64(handle, 2));
                if (buffered == Batch)
                {
                    Resolve(nodes, rows, buffered);
                    buffered = 0;
                }
            }
            Check(db, rc);
            Resolve(nodes, rows, buffered);
        }

        private void Resolve(NodeTable nodes, (long Source, long Target, long Packed)[] rows, int count)
        {
            for (var i = 0; i < count; i++)
            {
                var (source, target, packed) = rows[i];
                if (nodes.TryIndex(source, out var s) && nodes.TryIndex(target, out var t)) Add(s, t, packed);
                else _unknown.Add((source, target, packed));
            }
        }

        public void ResolveUnknown(NodeTable nodes)
        {
            foreach (var (source, target, packed) in _unknown)
            {
                var s = nodes.IndexOf(source);
                Add(s, nodes.IndexOf(target), packed);
            }
        }

        private void Add(int source, int target, long packed)
        {
            var kind = (int)(packed & 0xFFFF);
            if (kind >= Count.Length) return;
            var c = Count[kind];
            if (c == Keys[kind].Length)
            {
                Array.Resize(ref Keys[kind], c * 2);
                Array.Resize(ref Weights[kind], c * 2);
                Array.Resize(ref Visibility[kind], c * 2);
            }
            Keys[kind][c] = EdgeSet.Key(source, target);
            Visibility[kind][c] = (byte)(packed >> 16);
            Weights[kind][c] = (int)(packed >> 32);
            Count[kind] = c + 1;
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> read-only connections of the load's own to the database file of
    /// <paramref name="connection"/>, each in a read transaction that sees graph version <paramref name="version"/>; one
    /// that sees another (a commit came in between) or cannot be opened is left out, so the list may be short or
    /// empty. Every graph write advances the version, so snapshots at one version hold the same graph. They are
    /// opened without SQLite's per-connection mutex (SQLITE_OPEN_NOMUTEX), which is sound as each is used by one
    /// thread at a time: in the default serialized mode every step and every column read took and released it, ~8 %
    /// of a load's time. The caller disposes them.
    /// </summary>
    public static List<sqlite3> OpenReadersAt(SqliteConnection connection, long version, int count)
    {
        var readers = new List<sqlite3>();
        var file = raw.sqlite3_db_filename(Handle(connection), "main").utf8_to_string();
        if (string.IsNullOrEmpty(file)) return readers; // an in-memory or temporary database: nothing else can open it
        while (readers.Count < count)
        {
            var rc = raw.sqlite3_open_v2(file, out var db, raw.SQLITE_OPEN_READONLY | raw.SQLITE_OPEN_NOMUTEX, null);
            if (rc != raw.SQLITE_OK || !ReadsVersion(db, version, connection.DefaultTimeout))
            {
                db.Dispose();
                break;
            }
            readers.Add(db);
        }
        return readers;
    }

    // Opens a read transaction on db and says whether it sees graph version `version`.
    private static bool ReadsVersion(sqlite3 db, long version, int timeoutSeconds)
    {
        try
        {
            raw.sqlite3_busy_timeout(db, timeoutSeconds * 1000);
            Exec(db, "BEGIN");
            return ScalarInt64(db, "SELECT version FROM graph_clock WHERE id = 1") == version;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    public static sqlite3 Handle(SqliteConnection connection) =>
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

/// <summary>
/// The SQLite calls of the bulk load's per-row loops, bound straight to the native library of the bundle that
/// Microsoft.Data.Sqlite ships (e_sqlite3), on a statement that SQLitePCL prepared and keeps alive: through SQLitePCL
/// every call also takes and releases a reference on the statement's SafeHandle and crosses the provider's stubs.
/// </summary>
internal static class NativeSqlite
{
    private const string Library = "e_sqlite3";

    [DllImport(Library, EntryPoint = "sqlite3_step")]
    public static extern int Step(nint statement);

    // The column calls read a value out of the current row: no I/O and no waiting, so they can skip the GC transition.
    [DllImport(Library, EntryPoint = "sqlite3_column_int64"), SuppressGCTransition]
    public static extern long ColumnInt64(nint statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_double"), SuppressGCTransition]
    public static extern double ColumnDouble(nint statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_type"), SuppressGCTransition]
    public static extern int ColumnType(nint statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_blob"), SuppressGCTransition]
    private static extern nint ColumnBlob(nint statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_bytes"), SuppressGCTransition]
    private static extern int ColumnLength(nint statement, int column);

    /// <summary>The column's bytes, copied into <paramref name="buffer"/> (replaced by a larger one when too small).</summary>
    public static ReadOnlySpan<byte> ColumnBytes(nint statement, int column, ref byte[] buffer)
    {
        var data = ColumnBlob(statement, column); // before the length, as SQLite's documentation asks
        var length = ColumnLength(statement, column);
        if (length > buffer.Length) buffer = new byte[Math.Max(length, 2 * buffer.Length)];
        if (length > 0) Marshal.Copy(data, buffer, 0, length);
        return buffer.AsSpan(0, length);
    }
}
