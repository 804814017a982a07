using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Network.Silo.Storage;

/// <summary>
/// Group commit: one writer loop takes every write waiting and runs them in one transaction. When a write is refused
/// (a stale ETag, a taken handle) the batch is redone with a savepoint per write, so the refusal does not undo its neighbours. Callers are
/// answered only after COMMIT returns, so an acknowledged write is durable. The graph clock is read (and, on
/// PostgreSQL, locked) at the start of the transaction and advanced once per appended event, which makes event
/// versions gap-free and committed in order: a reader tailing "version &gt; last seen" never skips one.
/// </summary>
public sealed class CommitQueue : IAsyncDisposable
{
    private readonly SqlDialect _dialect;
    private readonly ILogger<CommitQueue> _logger;
    private readonly int _maxBatch;
    private readonly Channel<PendingWrite> _channel = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;
    private WriteContext? _context;

    public CommitQueue(SqlDialect dialect, IOptions<StorageOptions> options, ILogger<CommitQueue> logger)
    {
        _dialect = dialect;
        _logger = logger;
        _maxBatch = Math.Max(1, options.Value.MaxBatchSize);
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Raised after each commit with the graph version reached; the projection's tailer wakes on it.</summary>
    public event Action<long>? Committed;

    /// <summary>Number of transactions committed; lets tests and benchmarks see batching at work.</summary>
    public long Transactions { get; private set; }

    public Task<long> EnqueueAsync(PendingWrite write)
    {
        if (!_channel.Writer.TryWrite(write))
            write.Fail(new InvalidOperationException("Storage is shutting down; the write was not made."));
        return write.Completion;
    }

    private async Task RunAsync()
    {
        var reader = _channel.Reader;
        var batch = new List<PendingWrite>(_maxBatch);
        while (await reader.WaitToReadAsync())
        {
            while (batch.Count < _maxBatch && reader.TryRead(out var write)) batch.Add(write);
            await CommitBatchAsync(batch);
            batch.Clear();
        }
        if (_context is not null) await _context.DisposeAsync();
    }

    private async Task CommitBatchAsync(List<PendingWrite> batch)
    {
        var outcomes = new (long Version, Exception? Error)[batch.Count];
        try
        {
            // Optimistic first: writes are seldom refused, and a savepoint per write costs two statements.
            // If one is refused, the whole transaction is rolled back and the batch runs again with savepoints.
            if (!await TryCommitAsync(batch, outcomes, savepoints: false))
                await TryCommitAsync(batch, outcomes, savepoints: true);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "A storage transaction of {Count} writes failed; none of them was acknowledged.", batch.Count);
            if (_context is not null) await _context.DisposeAsync();
            _context = null; // reconnect on the next batch
            foreach (var write in batch) write.Fail(e);
            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Error is { } error) batch[i].Fail(error);
            else batch[i].Succeed(outcomes[i].Version);
        }
    }

    /// <summary>Runs the batch in one transaction. Without savepoints, returns false (having rolled back) when a write is refused.</summary>
    private async Task<bool> TryCommitAsync(List<PendingWrite> batch, (long Version, Exception? Error)[] outcomes, bool savepoints)
    {
        _context ??= new WriteContext(_dialect, await _dialect.OpenAsync());
        await using var transaction = await _dialect.BeginWriteAsync(_context.Connection, CancellationToken.None);
        await _context.BeginAsync(transaction);
        for (var i = 0; i < batch.Count; i++)
        {
            if (savepoints)
            {
                outcomes[i] = await ExecuteInSavepointAsync(batch[i]);
                continue;
            }
            try
            {
                // A write that changes nothing also writes nothing, so it needs no undo.
                outcomes[i] = ((await batch[i].ExecuteAsync(_context)).Version, null);
            }
            catch (Exception e) when (e is not DbException || _dialect.IsUniqueViolation(e))
            {
                await transaction.RollbackAsync();
                return false;
            }
        }
        await _context.EndAsync();
        await transaction.CommitAsync();
        Transactions++;
        Committed?.Invoke(_context.Clock);
        return true;
    }

    private async Task<(long, Exception?)> ExecuteInSavepointAsync(PendingWrite write)
    {
        var context = _context!;
        var clock = context.Clock;
        await context.ExecuteAsync("SAVEPOINT w");
        try
        {
            var (version, changed) = await write.ExecuteAsync(context);
            if (!changed)
            {
                await context.ExecuteAsync("ROLLBACK TO SAVEPOINT w");
                context.Clock = clock;
            }
            await context.ExecuteAsync("RELEASE SAVEPOINT w");
            return (version, null);
        }
        catch (Exception e) when (e is not DbException || _dialect.IsUniqueViolation(e))
        {
            await context.ExecuteAsync("ROLLBACK TO SAVEPOINT w");
            await context.ExecuteAsync("RELEASE SAVEPOINT w");
            context.Clock = clock;
            return (0, write.Translate(e, _dialect));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _loop;
    }
}

/// <summary>One write waiting for group commit.</summary>
public abstract class PendingWrite
{
    private readonly TaskCompletionSource<long> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<long> Completion => _completion.Task;

    /// <summary>Runs inside the batch's transaction. Returns the resulting graph version, and false when nothing changed (the savepoint is rolled back).</summary>
    public abstract Task<(long Version, bool Changed)> ExecuteAsync(WriteContext context);

    /// <summary>Called after COMMIT, before the caller is answered: the place to update in-memory ETags.</summary>
    protected virtual void OnCommitted()
    {
    }

    /// <summary>Turns a database error into the error the caller should see.</summary>
    public virtual Exception Translate(Exception error, SqlDialect dialect) => error;

    internal void Succeed(long version)
    {
        OnCommitted();
        _completion.TrySetResult(version);
    }

    internal void Fail(Exception error) => _completion.TrySetException(error);
}
