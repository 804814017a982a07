using System.Collections.Concurrent;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// One execution of an operation (spec section 6.3): its variables, the result tree being
/// filled, the errors, and the loop that drives resolvers which do not complete at once.
/// <para>
/// The executor's own state is only touched by one thread at a time: resolvers that complete
/// synchronously are completed inline, and those that do not are registered; when they complete
/// they only queue themselves, and <see cref="RunAsync"/> takes them off the queue. So the whole
/// breadth of started work is queued before anything is awaited, and a batch dispatcher sees
/// every key of a level before it is asked to dispatch.
/// </para>
/// </summary>
internal sealed partial class OperationContext
{
    private readonly IReadOnlyDictionary<string, object?>? _initialContextData;
    private readonly GraphQLRequest _request;

    // Made when the first resolver does not complete at once: synchronous executions never need them.
    private object? _gate;
    private List<PendingField>? _ready;
    private List<PendingField>? _draining;
    private List<GraphQLError>? _errors;
    private bool _wakeRequested;
    private TaskCompletionSource? _waiter;
    private int _outstanding;
    private ConcurrentDictionary<string, object?>? _contextData;

    public OperationContext(
        Schema schema,
        ExecutionOptions options,
        PlanCache plans,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        IServiceProvider services,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Options = options;
        Plans = plans;
        Operation = operation;
        Variables = variables;
        RootValue = request.RootValue;
        Services = services;
        CancellationToken = cancellationToken;
        _initialContextData = request.ContextData;
        _request = request;
        Dispatcher = services.GetService(typeof(IBatchDispatcher)) as IBatchDispatcher;
    }

    public Schema Schema { get; }

    /// <summary>A fresh execution of the same operation, for one subscription event (spec section 6.2.3.2).</summary>
    public OperationContext ForEvent() =>
        new(Schema, Options, Plans, Operation, Variables, _request, Services, CancellationToken);

    public ExecutionOptions Options { get; }

    public PlanCache Plans { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public IServiceProvider Services { get; }

    public CancellationToken CancellationToken { get; }

    public IBatchDispatcher? Dispatcher { get; }

    /// <summary>Field errors so far, in the order they were raised; made on the first.</summary>
    public List<GraphQLError> Errors => _errors ??= [];

    /// <summary>The errors for a response: null when there are none.</summary>
    public IReadOnlyList<GraphQLError>? ErrorsOrNull => _errors is { Count: > 0 } errors ? errors : null;

    /// <summary>Made on first use: most requests never touch it.</summary>
    public IDictionary<string, object?> ContextData
    {
        get
        {
            if (_contextData is null)
            {
                var created = _initialContextData is null
                    ? new ConcurrentDictionary<string, object?>(StringComparer.Ordinal)
                    : new ConcurrentDictionary<string, object?>(_initialContextData, StringComparer.Ordinal);
                Interlocked.CompareExchange(ref _contextData, created, null);
            }

            return _contextData;
        }
    }

    /// <summary>Whether resolvers are still running (registered and not yet completed).</summary>
    public bool HasOutstandingWork => _outstanding > 0;

    /// <summary>
    /// Completes registered work until none is left. When nothing is ready, pending DataLoader
    /// batches are dispatched first, and only then does the loop wait.
    /// </summary>
    public async ValueTask RunAsync()
    {
        IBatchDispatcher? dispatcher = Dispatcher;
        EventHandler? onBatchOpened = null;
        if (dispatcher is not null)
        {
            onBatchOpened = (_, _) => Wake();
            dispatcher.TaskEnqueued += onBatchOpened;
        }

        try
        {
            await RunUntilDoneAsync().ConfigureAwait(false);
        }
        finally
        {
            if (onBatchOpened is not null)
            {
                dispatcher!.TaskEnqueued -= onBatchOpened;
            }
        }
    }

    private async ValueTask RunUntilDoneAsync()
    {
        while (_outstanding > 0)
        {
            List<PendingField>? ready = TakeReady();
            if (ready is null && Dispatcher is { HasPendingBatches: true } dispatcher)
            {
                // Resolvers of this level may be completing on other threads right now (each
                // continuation of a batch's results runs on its own); one yield lets them
                // queue, so their next loads join this batch rather than the next one.
                await Task.Yield();
                ready = TakeReady();
                if (ready is null)
                {
                    dispatcher.Dispatch();
                    ready = TakeReady();
                }
            }

            if (ready is null)
            {
                Task wait = WaitForReady();
                await wait.WaitAsync(CancellationToken).ConfigureAwait(false);
                continue;
            }

            foreach (PendingField work in ready)
            {
                _outstanding--;
                work.Complete();
            }

            ready.Clear();
        }
    }

    private void Register(PendingField work)
    {
        if (_gate is null)
        {
            // Only the loop's thread registers, and nothing can be posted before the first registration.
            _ready = [];
            _draining = [];
            _gate = new object();
        }

        _outstanding++;
        work.Listen();
    }

    /// <summary>Called from whatever thread completes a resolver's task.</summary>
    private void Post(PendingField work)
    {
        TaskCompletionSource? waiter;
        lock (_gate!)
        {
            _ready!.Add(work);
            waiter = _waiter;
            _waiter = null;
        }

        waiter?.TrySetResult();
    }

    /// <summary>
    /// A batch opened while the loop may be waiting (a resolver past its first await loaded
    /// something): the loop wakes to dispatch it. Called from any thread.
    /// </summary>
    private void Wake()
    {
        TaskCompletionSource? waiter;
        lock (_gate!)
        {
            waiter = _waiter;
            _waiter = null;
            _wakeRequested = waiter is null;
        }

        waiter?.TrySetResult();
    }

    private List<PendingField>? TakeReady()
    {
        lock (_gate!)
        {
            if (_ready!.Count == 0)
            {
                return null;
            }

            (_ready, _draining) = (_draining, _ready);
            return _draining;
        }
    }

    private Task WaitForReady()
    {
        lock (_gate!)
        {
            if (_ready!.Count > 0 || _wakeRequested)
            {
                _wakeRequested = false;
                return Task.CompletedTask;
            }

            _waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _waiter.Task;
        }
    }

    /// <summary>A resolver whose task had not completed when it returned.</summary>
    private sealed class PendingField(
        OperationContext operation,
        ResultContainer container,
        int index,
        FieldPlan plan,
        object? source,
        ResolverContext? context,
        ValueTask<object?> task)
    {
        public void Listen() => task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => operation.Post(this));

        public void Complete()
        {
            object? value;
            try
            {
                value = task.ConfigureAwait(false).GetAwaiter().GetResult();
            }
            catch (Exception error)
            {
                operation.FieldFailed(container, index, plan.Type is NonNullType, plan, error);
                return;
            }

            if (operation.IsDiscarded(container))
            {
                return;
            }

            operation.CompleteValue(container, index, plan.Type, false, plan, source, value, context);
        }
    }
}
