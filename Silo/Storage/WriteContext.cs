using System.Data.Common;
using Network.Grains.Storage;

namespace Network.Silo.Storage;

/// <summary>The writer's connection, its prepared commands, and the graph clock of the transaction in progress.</summary>
public sealed class WriteContext(SqlDialect dialect, DbConnection connection) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = [];
    private DbTransaction? _transaction;

    public DbConnection Connection => connection;

    public SqlDialect Dialect => dialect;

    /// <summary>The graph version after the last event appended so far in this transaction.</summary>
    public long Clock { get; set; }

    public async Task BeginAsync(DbTransaction transaction)
    {
        _transaction = transaction;
        Clock = Convert.ToInt64(await ScalarAsync(dialect.SelectClockForUpdate));
    }

    public async Task EndAsync()
    {
        await ExecuteAsync("UPDATE graph_clock SET version = @v WHERE id = 1", ("v", Clock));
        _transaction = null;
    }

    /// <summary>Appends the event at the next version and returns that version.</summary>
    public async Task<long> AppendEventAsync(ChangeEvent change)
    {
        var version = Clock + 1;
        await ExecuteAsync(
            "INSERT INTO events (version, kind, subject_id, object_id, data, recorded_at) VALUES (@v, @k, @s, @o, @d, @t)",
            ("v", version), ("k", change.Kind), ("s", change.SubjectId), ("o", change.ObjectId), ("d", change.Data),
            ("t", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
        Clock = version;
        return version;
    }

    public async Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters) =>
        await Prepare(sql, parameters).ExecuteNonQueryAsync();

    public async Task<object?> ScalarAsync(string sql, params (string Name, object? Value)[] parameters) =>
        await Prepare(sql, parameters).ExecuteScalarAsync();

    // Commands are kept per SQL text: providers then prepare each statement once per connection, not once per write.
    private DbCommand Prepare(string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                command.Parameters.Add(p);
            }
            _commands[sql] = command;
        }
        command.Transaction = _transaction;
        for (var i = 0; i < parameters.Length; i++) command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync();
        _commands.Clear();
        await connection.DisposeAsync();
    }
}
