using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Network.Silo.Projection;

/// <summary>
/// Reads the edge table through SQLite's own statement API on the caller's connection (so inside its read
/// transaction and snapshot). The ADO.NET reader costs about 1.7 µs a row here, most of it per-call checks;
/// stepping the statement directly is several times cheaper, and the edge table is the bulk of start-up.
/// </summary>
internal static class SqliteEdgeScan
{
    public delegate void Row(int kind, long source, long target, byte visibility, int weight);

    public static void Run(SqliteConnection connection, string sql, Row row)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(db, sql, out var statement);
        if (rc != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        using (statement)
        {
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                row(raw.sqlite3_column_int(statement, 0), raw.sqlite3_column_int64(statement, 1), raw.sqlite3_column_int64(statement, 2),
                    (byte)raw.sqlite3_column_int(statement, 3), raw.sqlite3_column_int(statement, 4));
            }
            if (rc != raw.SQLITE_DONE) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
        }
    }
}
