using System.Globalization;
using System.Text.Json;
using Orleans.Runtime;
using Orleans.Storage;

namespace Network.Silo.Storage;

/// <summary>Orleans' <see cref="IGrainStorage"/> over the state table; writes go through group commit like every other write.</summary>
public sealed class AdoNetGrainStorage(SqlDialect dialect, CommitQueue queue) : IGrainStorage
{
    public async Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
    {
        await using var connection = await dialect.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload, version FROM grain_state WHERE state_name = @n AND grain_id = @g";
        command.AddParameter("n", stateName);
        command.AddParameter("g", grainId.ToString());
        await using var reader = await command.ExecuteReaderAsync();
        if (await reader.ReadAsync())
        {
            grainState.State = JsonSerializer.Deserialize<TState>(reader.GetString(0), StateRows.Json)!;
            grainState.ETag = reader.GetInt64(1).ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = Activator.CreateInstance<TState>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }
    }

    public Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState) =>
        queue.EnqueueAsync(new StateWrite<TState>(stateName, grainId.ToString(), grainState));

    public Task ClearStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState) =>
        queue.EnqueueAsync(new StateClear<TState>(stateName, grainId.ToString(), grainState));

    private sealed class StateWrite<TState>(string stateName, string grainId, IGrainState<TState> row) : PendingWrite
    {
        private readonly string _payload = JsonSerializer.Serialize(row.State, StateRows.Json);
        private string? _etag;

        public override async Task<(long, bool)> ExecuteAsync(WriteContext context)
        {
            _etag = await StateRows.WriteAsync(context, stateName, grainId, _payload, row.ETag);
            return (context.Clock, true);
        }

        protected override void OnCommitted()
        {
            row.ETag = _etag;
            row.RecordExists = true;
        }
    }

    private sealed class StateClear<TState>(string stateName, string grainId, IGrainState<TState> row) : PendingWrite
    {
        public override async Task<(long, bool)> ExecuteAsync(WriteContext context)
        {
            await StateRows.ClearAsync(context, stateName, grainId, row.ETag);
            return (context.Clock, true);
        }

        protected override void OnCommitted()
        {
            row.State = Activator.CreateInstance<TState>();
            row.ETag = null;
            row.RecordExists = false;
        }
    }
}
