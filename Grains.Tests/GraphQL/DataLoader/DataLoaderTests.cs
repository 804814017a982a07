using GraphQL.DataLoader;

namespace Grains.Tests.GraphQL.DataLoader;

public sealed class DataLoaderTests
{
    private sealed class SquareLoader(BatchScheduler scheduler) : BatchDataLoader<int, string>(scheduler)
    {
        public List<IReadOnlyList<int>> Batches { get; } = [];

        public Func<IReadOnlyList<int>, CancellationToken, Task<IReadOnlyDictionary<int, string>>>? Fetch { get; set; }

        protected override Task<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Batches.Add([.. keys]);
            return Fetch?.Invoke(keys, cancellationToken)
                ?? Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(k => k >= 0).ToDictionary(k => k, k => (k * k).ToString()));
        }
    }

    private sealed class TopicsLoader(BatchScheduler scheduler) : GroupedDataLoader<string, string>(scheduler)
    {
        protected override Task<ILookup<string, string>> LoadGroupedBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
            Task.FromResult(new[] { ("u1", "climate"), ("u1", "housing"), ("u2", "labour") }
                .Where(pair => keys.Contains(pair.Item1))
                .ToLookup(pair => pair.Item1, pair => pair.Item2));
    }

    [Fact]
    public async Task Hundred_loads_then_one_dispatch_make_one_batch_of_hundred_keys()
    {
        var scheduler = new BatchScheduler();
        var loader = new SquareLoader(scheduler);

        Task<string?>[] loads = [.. Enumerable.Range(0, 100).Select(i => loader.LoadAsync(i))];
        Assert.True(scheduler.HasPendingBatches);
        Assert.Empty(loader.Batches);
        scheduler.Dispatch();

        Assert.False(scheduler.HasPendingBatches);
        IReadOnlyList<int> batch = Assert.Single(loader.Batches);
        Assert.Equal(Enumerable.Range(0, 100), batch);
        string?[] values = await Task.WhenAll(loads);
        Assert.Equal("81", values[9]);
    }

    [Fact]
    public async Task Duplicate_keys_are_fetched_once_and_later_loads_hit_the_cache()
    {
        var scheduler = new BatchScheduler();
        var loader = new SquareLoader(scheduler);

        Task<string?> first = loader.LoadAsync(3);
        Task<string?> second = loader.LoadAsync(3);
        Task<string?> other = loader.LoadAsync(4);
        scheduler.Dispatch();
        Assert.Equal("9 9 16", string.Join(" ", await Task.WhenAll(first, second, other)));

        Assert.Equal("9", await loader.LoadAsync(3));
        Assert.False(scheduler.HasPendingBatches);
        Assert.Equal([3, 4], Assert.Single(loader.Batches));
    }

    [Fact]
    public async Task A_key_the_batch_does_not_return_loads_as_null()
    {
        var scheduler = new BatchScheduler();
        var loader = new SquareLoader(scheduler);

        Task<string?> missing = loader.LoadAsync(-1);
        scheduler.Dispatch();

        Assert.Null(await missing);
    }

    [Fact]
    public async Task Several_keys_load_in_one_batch_in_the_order_given()
    {
        var scheduler = new BatchScheduler();
        var loader = new SquareLoader(scheduler);

        Task<string?[]> values = loader.LoadAsync([5, 2, 5]);
        scheduler.Dispatch();

        Assert.Equal("25 4 25", string.Join(" ", await values));
        Assert.Equal([5, 2], Assert.Single(loader.Batches));
    }

    [Fact]
    public async Task An_exception_in_the_batch_faults_every_waiting_load_and_is_not_cached()
    {
        var scheduler = new BatchScheduler();
        var loader = new SquareLoader(scheduler) { Fetch = (_, _) => throw new InvalidOperationException("store down") };

        Task<string?> a = loader.LoadAsync(1);
        Task<string?> b = loader.LoadAsync(2);
        scheduler.Dispatch();

        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => a)).Message);
        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => b)).Message);

        loader.Fetch = null;
        Task<string?> retry = loader.LoadAsync(1);
        scheduler.Dispatch();
        Assert.Equal("1", await retry);
        Assert.Equal(2, loader.Batches.Count);
    }

    [Fact]
    public async Task An_asynchronous_failure_faults_every_waiting_load()
    {
        var scheduler = new BatchScheduler();
        var loader = new SquareLoader(scheduler)
        {
            Fetch = async (_, _) =>
            {
                await Task.Yield();
                throw new TimeoutException("slow");
            },
        };

        Task<string?> a = loader.LoadAsync(1);
        Task<string?> b = loader.LoadAsync(2);
        scheduler.Dispatch();

        await Assert.ThrowsAsync<TimeoutException>(() => a);
        await Assert.ThrowsAsync<TimeoutException>(() => b);
    }

    [Fact]
    public async Task Cancelling_one_load_stops_its_wait_but_not_the_batch_others_wait_for()
    {
        var scheduler = new BatchScheduler();
        var release = new TaskCompletionSource();
        CancellationToken batchToken = default;
        var loader = new SquareLoader(scheduler)
        {
            Fetch = async (keys, token) =>
            {
                batchToken = token;
                await release.Task;
                return keys.ToDictionary(k => k, k => k.ToString());
            },
        };
        using var cancellation = new CancellationTokenSource();

        Task<string?> cancelled = loader.LoadAsync(1, cancellation.Token);
        Task<string?> waiting = loader.LoadAsync(2);
        scheduler.Dispatch();
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.False(batchToken.IsCancellationRequested);
        release.SetResult();
        Assert.Equal("2", await waiting);
    }

    [Fact]
    public async Task The_batch_is_cancelled_when_every_load_of_it_is()
    {
        var scheduler = new BatchScheduler();
        var loader = new SquareLoader(scheduler)
        {
            Fetch = async (keys, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return keys.ToDictionary(k => k, k => k.ToString());
            },
        };
        using var cancellation = new CancellationTokenSource();

        Task<string?> a = loader.LoadAsync(1, cancellation.Token);
        Task<string?> b = loader.LoadAsync(2, cancellation.Token);
        scheduler.Dispatch();
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => a);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => b);

        // The cancelled fetch is forgotten: a later load fetches again.
        loader.Fetch = null;
        Task<string?> again = loader.LoadAsync(1);
        scheduler.Dispatch();
        Assert.Equal("1", await again);
    }

    [Fact]
    public async Task Loads_with_different_tokens_keep_the_batch_until_the_last_token_is_cancelled()
    {
        var scheduler = new BatchScheduler();
        CancellationToken batchToken = default;
        var loader = new SquareLoader(scheduler)
        {
            Fetch = async (keys, token) =>
            {
                batchToken = token;
                await Task.Delay(Timeout.Infinite, token);
                return keys.ToDictionary(k => k, k => k.ToString());
            },
        };
        using var first = new CancellationTokenSource();
        using var second = new CancellationTokenSource();

        Task<string?> a = loader.LoadAsync(1, first.Token);
        Task<string?> b = loader.LoadAsync(2, second.Token);
        Task<string?> c = loader.LoadAsync(2, first.Token);
        scheduler.Dispatch();
        first.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => a);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => c);
        Assert.False(batchToken.IsCancellationRequested);

        second.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => b);
        Assert.True(batchToken.IsCancellationRequested);
    }

    [Fact]
    public async Task A_load_that_joins_a_running_batch_keeps_it_alive_when_the_first_loads_are_cancelled()
    {
        var scheduler = new BatchScheduler();
        var release = new TaskCompletionSource();
        CancellationToken batchToken = default;
        var loader = new SquareLoader(scheduler)
        {
            Fetch = async (keys, token) =>
            {
                batchToken = token;
                await release.Task;
                return keys.ToDictionary(k => k, k => k.ToString());
            },
        };
        using var cancellation = new CancellationTokenSource();

        Task<string?> first = loader.LoadAsync(7, cancellation.Token);
        scheduler.Dispatch();
        Task<string?> joined = loader.LoadAsync(7);
        cancellation.Cancel();
        release.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("7", await joined);
        Assert.False(batchToken.IsCancellationRequested);
        Assert.Single(loader.Batches);
    }

    [Fact]
    public async Task A_load_with_a_cancelled_token_queues_nothing()
    {
        var scheduler = new BatchScheduler();
        var loader = new SquareLoader(scheduler);

        Task<string?> load = loader.LoadAsync(1, new CancellationToken(canceled: true));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => load);
        Assert.False(scheduler.HasPendingBatches);
    }

    [Fact]
    public async Task One_dispatch_starts_the_batches_of_every_loader()
    {
        var scheduler = new BatchScheduler();
        var squares = new SquareLoader(scheduler);
        var topics = new TopicsLoader(scheduler);

        Task<string?> square = squares.LoadAsync(2);
        Task<string[]> u1 = topics.LoadAsync("u1");
        Task<string[]> nobody = topics.LoadAsync("u9");
        scheduler.Dispatch();

        Assert.Equal("4", await square);
        Assert.Equal(["climate", "housing"], await u1);
        Assert.Empty(await nobody);
    }

    [Fact]
    public async Task Opening_a_batch_raises_TaskEnqueued_once_per_batch()
    {
        var scheduler = new BatchScheduler();
        var loader = new SquareLoader(scheduler);
        int raised = 0;
        scheduler.TaskEnqueued += (_, _) => raised++;

        Task<string?> a = loader.LoadAsync(1);
        Task<string?> b = loader.LoadAsync(2);
        Assert.Equal(1, raised);
        scheduler.Dispatch();
        Task<string?> c = loader.LoadAsync(3);
        Assert.Equal(2, raised);
        scheduler.Dispatch();

        await Task.WhenAll(a, b, c);
    }

    [Fact]
    public async Task Loads_made_after_a_dispatch_wait_for_the_next_one()
    {
        var scheduler = new BatchScheduler();
        var loader = new SquareLoader(scheduler);

        Task<string?> first = loader.LoadAsync(1);
        scheduler.Dispatch();
        Task<string?> second = loader.LoadAsync(2);

        Assert.True(scheduler.HasPendingBatches);
        Assert.Single(loader.Batches);
        scheduler.Dispatch();
        Assert.Equal("1 4", string.Join(" ", await Task.WhenAll(first, second)));
        Assert.Equal(2, loader.Batches.Count);
    }

    [Fact]
    public async Task Concurrent_loads_from_many_threads_are_each_fetched_once()
    {
        var scheduler = new BatchScheduler();
        var loader = new SquareLoader(scheduler);

        Task<string?>[] loads = await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(
            () => Enumerable.Range(0, 50).Select(i => loader.LoadAsync(i)).ToArray())))
            .ContinueWith(all => all.Result.SelectMany(x => x).ToArray());
        scheduler.Dispatch();

        await Task.WhenAll(loads);
        Assert.Equal(50, Assert.Single(loader.Batches).Count);
    }
}
