using GraphQL.Execution;
using GraphQL.Types;

namespace Grains.Tests.GraphQL.Execution;

/// <summary>
/// The batching hook: resolvers of a whole level are started before the executor waits, and it
/// asks the request's <see cref="IBatchDispatcher"/> to dispatch only when nothing else can run,
/// so a DataLoader sees every key of the level in one batch.
/// </summary>
public class BatchingTests
{
    /// <summary>A toy DataLoader and dispatcher: keys queue up until Dispatch answers them all at once.</summary>
    private sealed class ToyLoader(bool answerAtOnce = false, bool announces = false) : IBatchDispatcher, IServiceProvider
    {
        private readonly List<(int Key, TaskCompletionSource<object?> Promise)> _queued = [];

        public event EventHandler? TaskEnqueued;

        public List<int> BatchSizes { get; } = [];

        public bool HasPendingBatches
        {
            get
            {
                lock (_queued)
                {
                    return _queued.Count > 0;
                }
            }
        }

        public ValueTask<object?> Load(int key)
        {
            var promise = new TaskCompletionSource<object?>(answerAtOnce ? TaskCreationOptions.None : TaskCreationOptions.RunContinuationsAsynchronously);
            bool opened;
            lock (_queued)
            {
                opened = _queued.Count == 0;
                _queued.Add((key, promise));
            }

            if (opened && announces)
            {
                TaskEnqueued?.Invoke(this, EventArgs.Empty);
            }

            return new ValueTask<object?>(promise.Task);
        }

        public void Dispatch()
        {
            (int Key, TaskCompletionSource<object?> Promise)[] batch;
            lock (_queued)
            {
                batch = [.. _queued];
                _queued.Clear();
            }

            BatchSizes.Add(batch.Length);
            if (answerAtOnce)
            {
                // As a loader whose answers are cached: everything waiting on them continues here.
                foreach ((int key, TaskCompletionSource<object?> promise) in batch)
                {
                    promise.SetResult(key * 10);
                }

                return;
            }

            // The fetch itself completes later, on another thread, as a database call would.
            _ = Task.Run(async () =>
            {
                await Task.Delay(5);
                foreach ((int key, TaskCompletionSource<object?> promise) in batch)
                {
                    promise.SetResult(key * 10);
                }
            });
        }

        public object? GetService(Type serviceType) => serviceType == typeof(IBatchDispatcher) ? this : null;
    }

    private static Schema ItemsSchema(ToyLoader loader)
    {
        Schema schema = SchemaBuilder.Build("""
            type Query { items: [Item!]! }
            type Item { id: Int! value: Int! next: Item! }
            """);
        ((ObjectType)schema.QueryType!).GetField("items")!.Resolver = _ => new ValueTask<object?>(Enumerable.Range(1, 100).ToList());
        var item = (ObjectType)schema.GetType("Item")!;
        item.GetField("id")!.Resolver = ctx => new ValueTask<object?>(ctx.Parent<int>());
        item.GetField("value")!.Resolver = ctx => loader.Load(ctx.Parent<int>());
        item.GetField("next")!.Resolver = async ctx => (int)(await loader.Load(ctx.Parent<int>()))!;
        return schema;
    }

    [Fact]
    public async Task One_hundred_loads_of_one_level_make_one_batch()
    {
        var loader = new ToyLoader();
        ExecutionResult result = await new RequestExecutor(ItemsSchema(loader)).ExecuteAsync(new GraphQLRequest("{ items { id value } }") { Services = loader });

        Assert.Null(result.Errors);
        Assert.Equal([100], loader.BatchSizes);
        var items = (IReadOnlyList<object?>)result.Data!["items"]!;
        Assert.Equal(100, items.Count);
        Assert.Equal(370, ((IReadOnlyDictionary<string, object?>)items[36]!)["value"]);
    }

    [Fact]
    public async Task Each_level_of_loads_makes_one_batch()
    {
        // Batches answered at once, so that which keys belong to which level is deterministic.
        var loader = new ToyLoader(answerAtOnce: true);
        ExecutionResult result = await new RequestExecutor(ItemsSchema(loader)).ExecuteAsync(
            new GraphQLRequest("{ items { value next { id value } } }") { Services = loader });

        Assert.Null(result.Errors);

        // Level one: 100 "value" and 100 "next" loads; level two: 100 "value" loads of the next items.
        Assert.Equal([200, 100], loader.BatchSizes);
        var first = (IReadOnlyDictionary<string, object?>)((IReadOnlyList<object?>)result.Data!["items"]!)[0]!;
        Assert.Equal(Run.Q("{'value':10,'next':{'id':10,'value':100}}"), Json(first));
    }

    [Fact]
    public async Task Loads_answered_later_on_other_threads_all_complete()
    {
        var loader = new ToyLoader();
        ExecutionResult result = await new RequestExecutor(ItemsSchema(loader)).ExecuteAsync(
            new GraphQLRequest("{ items { value next { id value next { value } } } }") { Services = loader });

        Assert.Null(result.Errors);
        Assert.Equal(200, loader.BatchSizes[0]);
        Assert.Equal(500, loader.BatchSizes.Sum());
        var last = (IReadOnlyDictionary<string, object?>)((IReadOnlyList<object?>)result.Data!["items"]!)[99]!;
        Assert.Equal(Run.Q("{'value':1000,'next':{'id':1000,'value':10000,'next':{'value':100000}}}"), Json(last));
    }

    private static string Json(IReadOnlyDictionary<string, object?> map) =>
        Run.ToJson(new ExecutionResult { HasData = true, Data = map })[8..^1];

    [Fact]
    public async Task A_load_made_after_a_resolver_awaited_something_else_is_dispatched_when_announced()
    {
        // The resolver is already waiting (on a timer, as on a grain call) when it loads: the
        // executor is waiting too, and only the dispatcher's TaskEnqueued can wake it to dispatch.
        var loader = new ToyLoader(announces: true);
        Schema schema = SchemaBuilder.Build("type Query { late: Int }");
        ((ObjectType)schema.QueryType!).GetField("late")!.Resolver = async _ =>
        {
            await Task.Delay(20);
            return await loader.Load(4);
        };

        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("{ late }") { Services = loader }).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(Run.Q("{'data':{'late':40}}"), Run.ToJson(result));
        Assert.Equal([1], loader.BatchSizes);
    }

    [Fact]
    public async Task Sibling_root_fields_run_concurrently()
    {
        Schema schema = SchemaBuilder.Build("type Query { a: String b: String }");
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var query = (ObjectType)schema.QueryType!;

        // Each waits for the other to have started: this only completes if both start before either is awaited.
        query.GetField("a")!.Resolver = async _ =>
        {
            aStarted.SetResult();
            await bStarted.Task;
            return "A";
        };
        query.GetField("b")!.Resolver = async _ =>
        {
            bStarted.SetResult();
            await aStarted.Task;
            return "B";
        };

        ExecutionResult result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest("{ a b }")).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(Run.Q("{'data':{'a':'A','b':'B'}}"), Run.ToJson(result));
    }
}
