namespace GraphQL.DataLoader;

/// <summary>
/// What batch and grouped loaders share (GreenDonut's DataLoaderBase): loads queue their key in
/// the open batch, which the <see cref="BatchScheduler"/> starts when the executor dispatches; each
/// key is fetched once per loader instance (a loader lives for one request), and every load of it
/// shares the result. A failed or cancelled fetch fails its loads and is forgotten, so a later
/// load fetches again.
/// </summary>
/// <remarks>
/// A load's cancellation token stops that load's wait. The fetch's own token is cancelled when
/// every load waiting for the batch has been cancelled: nobody wants the result any more.
/// </remarks>
public abstract class DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    private readonly BatchScheduler _scheduler;

    // Guards the cache, the open batch and every batch's waiter count.
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, (Task<TValue> Task, Batch Batch)> _cache;
    private Batch? _open;

    private protected DataLoaderBase(BatchScheduler scheduler, IEqualityComparer<TKey>? comparer)
    {
        _scheduler = scheduler;
        _cache = new Dictionary<TKey, (Task<TValue>, Batch)>(comparer);
    }

    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TValue>(cancellationToken);
        }

        Task<TValue> task;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                task = cached.Task;
                if (!cached.Batch.Done)
                {
                    cached.Batch.Join(cancellationToken);
                }
            }
            else
            {
                if (_open is null)
                {
                    _open = new Batch(this);
                    _scheduler.Schedule(DispatchOpenBatch);
                }

                task = _open.Add(key);
                _cache[key] = (task, _open);
                _open.Join(cancellationToken);
            }
        }

        return task.IsCompleted || !cancellationToken.CanBeCanceled ? task : task.WaitAsync(cancellationToken);
    }

    /// <summary>Loads several keys (in the same batch); the results are in the order of the keys.</summary>
    public Task<TValue[]> LoadAsync(IEnumerable<TKey> keys, CancellationToken cancellationToken = default) =>
        Task.WhenAll(keys.Select(key => LoadAsync(key, cancellationToken)));

    /// <summary>Fetches a batch and says, for each key, its value.</summary>
    private protected abstract Task<Func<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private void DispatchOpenBatch()
    {
        Batch? batch;
        lock (_lock)
        {
            batch = _open;
            _open = null;
        }

        if (batch is not null)
        {
            _ = RunAsync(batch);
        }
    }

    private async Task RunAsync(Batch batch)
    {
        try
        {
            Func<TKey, TValue> valueOf = await FetchAsync(batch.Keys, batch.FetchToken).ConfigureAwait(false);
            Finish(batch, forget: false);
            for (var i = 0; i < batch.Keys.Count; i++)
            {
                batch.Promises[i].TrySetResult(valueOf(batch.Keys[i]));
            }
        }
        catch (OperationCanceledException) when (batch.Cancellation?.IsCancellationRequested == true)
        {
            Finish(batch, forget: true);
            batch.CancelAll();
        }
        catch (Exception e)
        {
            Finish(batch, forget: true);
            foreach (TaskCompletionSource<TValue> promise in batch.Promises)
            {
                promise.TrySetException(e);
            }
        }
    }

    private void Finish(Batch batch, bool forget)
    {
        lock (_lock)
        {
            batch.Done = true;
            if (forget)
            {
                Forget(batch);
            }
        }

        batch.Dispose();
    }

    private void Forget(Batch batch)
    {
        foreach (TKey key in batch.Keys)
        {
            if (_cache.TryGetValue(key, out var cached) && cached.Batch == batch)
            {
                _cache.Remove(key);
            }
        }
    }

    // The last waiter of the batch was cancelled. Its keys are forgotten at once, so that a load
    // made from now on fetches again rather than joining a batch on its way to being cancelled;
    // a batch that has not started never will.
    private void Leave(Batch batch)
    {
        bool started;
        lock (_lock)
        {
            if (batch.Done || --batch.CancellableWaiters > 0 || batch.HasUncancellableWaiter)
            {
                return;
            }

            started = !ReferenceEquals(_open, batch);
            if (!started)
            {
                _open = null;
                batch.Done = true;
            }

            Forget(batch);
        }

        batch.Cancellation!.Cancel();
        if (!started)
        {
            batch.CancelAll();
            batch.Dispose();
        }
    }

    /// <summary>The keys of one fetch, their promises, and who waits for them.</summary>
    /// <remarks>
    /// A request's loads mostly share one token (the request's) and a batch mostly holds a few keys, so the first
    /// token's registration is kept without a dictionary and the promises in a list beside the keys.
    /// </remarks>
    private sealed class Batch(DataLoaderBase<TKey, TValue> loader) : IDisposable
    {
        private CancellationToken _firstToken;
        private CancellationTokenRegistration _firstRegistration;
        private Dictionary<CancellationToken, CancellationTokenRegistration>? _moreRegistrations;

        public List<TKey> Keys { get; } = [];

        /// <summary>The promise of <c>Keys[i]</c> at <c>i</c>.</summary>
        public List<TaskCompletionSource<TValue>> Promises { get; } = [];

        /// <summary>Created with the first cancellable waiter; a batch without one is never cancelled.</summary>
        public CancellationTokenSource? Cancellation { get; private set; }

        public CancellationToken FetchToken => Cancellation?.Token ?? CancellationToken.None;

        /// <summary>Completed, or abandoned before it started; under the loader's lock.</summary>
        public bool Done { get; set; }

        /// <summary>Distinct cancellable tokens of the loads waiting (a request's loads mostly share one).</summary>
        public int CancellableWaiters { get; set; }

        public bool HasUncancellableWaiter { get; private set; }

        public Task<TValue> Add(TKey key)
        {
            var promise = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            Keys.Add(key);
            Promises.Add(promise);
            return promise.Task;
        }

        public void CancelAll()
        {
            foreach (TaskCompletionSource<TValue> promise in Promises)
            {
                promise.TrySetCanceled(Cancellation!.Token);
            }
        }

        // Under the loader's lock. A token cancelled meanwhile runs Leave at once, on this thread,
        // which takes the same (reentrant) lock.
        public void Join(CancellationToken cancellationToken)
        {
            if (!cancellationToken.CanBeCanceled)
            {
                HasUncancellableWaiter = true;
                return;
            }

            if (Cancellation is null)
            {
                Cancellation = new CancellationTokenSource();
                CancellableWaiters++;
                _firstToken = cancellationToken;
                _firstRegistration = Register(cancellationToken);
            }
            else if (cancellationToken != _firstToken && !(_moreRegistrations?.ContainsKey(cancellationToken) ?? false))
            {
                CancellableWaiters++;
                (_moreRegistrations ??= [])[cancellationToken] = Register(cancellationToken);
            }
        }

        private CancellationTokenRegistration Register(CancellationToken cancellationToken) =>
            cancellationToken.Register(static batch => ((Batch)batch!).Leave(), this);

        private void Leave() => loader.Leave(this);

        // Outside the loader's lock: disposing a registration waits for its running callback,
        // which may be waiting for that lock.
        public void Dispose()
        {
            CancellationTokenRegistration first;
            CancellationTokenRegistration[] more;
            lock (loader._lock)
            {
                (first, _firstRegistration) = (_firstRegistration, default);
                more = _moreRegistrations is { Count: > 0 } ? [.. _moreRegistrations.Values] : [];
                _moreRegistrations?.Clear();
            }

            first.Dispose();
            foreach (CancellationTokenRegistration registration in more)
            {
                registration.Dispose();
            }
        }
    }
}
