namespace Orleans.Runtime;

/// <summary>
/// Runs one activation's work items one at a time, in order, on the thread pool: the single-threaded
/// guarantee behind turn-based execution. Awaits inside grain code capture this scheduler (it is
/// <see cref="TaskScheduler.Current"/> while a work item runs), so continuations come back here too.
/// </summary>
/// <remarks>
/// Orleans' ActivationTaskScheduler plays the same role. The fast path in <see cref="RunOrQueue"/> runs a work item on the
/// caller's thread when the activation is idle, which saves a thread-pool hop on most calls. Ownership of the scheduler
/// is one interlocked flag rather than a lock: every grain call takes and releases it, and the queue's lock is only
/// needed when work actually waits.
/// </remarks>
internal sealed class ActivationTaskScheduler : TaskScheduler, IThreadPoolWorkItem
{
    private const int MaxItemsPerDrain = 64;
    private const int MaxInlineDepth = 16;

    /// <summary>The scheduler this thread runs work for, and how deeply calls are nested inline on it.</summary>
    private sealed class ThreadState
    {
        public ActivationTaskScheduler? Current;
        public int InlineDepth;
    }

    [ThreadStatic] private static ThreadState? t_state;

    private readonly Lock _queueLock = new();
    private readonly Queue<Task> _queue = new();
    private int _queued; // _queue.Count, readable without the lock
    private int _owned;  // 1 while a thread owns this scheduler: draining, or running a work item inline

    public override int MaximumConcurrencyLevel => 1;

    private static ThreadState State => t_state ??= new ThreadState();

    /// <summary>Runs <paramref name="task"/> now on this thread if the activation is idle, else queues it.</summary>
    public void RunOrQueue(Task task)
    {
        var state = State;
        if (!TryEnterInline(state, out var previous))
        {
            task.Start(this);
            return;
        }

        try
        {
            // Binds the task to this scheduler and runs it here: TryExecuteTaskInline accepts, since this thread owns it now.
            task.RunSynchronously(this);
        }
        finally
        {
            ExitInline(state, previous);
        }
    }

    /// <summary>
    /// Runs a grain call now on this thread if the activation is idle, else queues it. Inline, no Task wraps the call:
    /// the activation's synchronization context is current instead, so awaits in grain code still come back here.
    /// </summary>
    public void RunOrQueue<TState>(Action<TState> work, TState argument)
    {
        var state = State;
        if (!TryEnterInline(state, out var previous))
        {
            new Task(static s => { var (w, st) = ((Action<TState>, TState))s!; w(st); }, (work, argument)).Start(this);
            return;
        }

        var previousContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_context ??= new ActivationSynchronizationContext(this));
        try
        {
            work(argument);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previousContext);
            ExitInline(state, previous);
        }
    }

    private ActivationSynchronizationContext? _context;

    private bool TryEnterInline(ThreadState state, out ActivationTaskScheduler? previous)
    {
        previous = state.Current;
        // Work already queued runs first: an inline call must not overtake it.
        if (state.InlineDepth >= MaxInlineDepth || Volatile.Read(ref _queued) != 0) return false;
        if (Interlocked.CompareExchange(ref _owned, 1, 0) != 0) return false;
        state.Current = this;
        state.InlineDepth++;
        return true;
    }

    private void ExitInline(ThreadState state, ActivationTaskScheduler? previous)
    {
        state.InlineDepth--;
        state.Current = previous;
        Release();
    }

    protected override void QueueTask(Task task)
    {
        lock (_queueLock)
        {
            _queue.Enqueue(task);
            _queued++;
        }
        // Full fence (with Release's exchange): either the owner sees this item when it lets go, or this thread takes over.
        if (Interlocked.CompareExchange(ref _owned, 1, 0) == 0)
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    void IThreadPoolWorkItem.Execute()
    {
        var state = State;
        var previous = state.Current;
        state.Current = this;
        try
        {
            for (var i = 0; i < MaxItemsPerDrain; i++)
            {
                Task? next;
                lock (_queueLock)
                {
                    if (_queue.TryDequeue(out next)) _queued--;
                }
                if (next is null)
                {
                    // Let go, then look again: an item queued meanwhile either saw the flag set (and left it to us) or
                    // took over itself.
                    Interlocked.Exchange(ref _owned, 0);
                    if (Volatile.Read(ref _queued) == 0 || Interlocked.CompareExchange(ref _owned, 1, 0) != 0) return;
                    continue;
                }
                TryExecuteTask(next);
            }
        }
        finally
        {
            state.Current = previous;
        }
        // Quantum used up: yield the thread so other activations get their turn, then continue.
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    /// <summary>Gives up ownership; if work was queued meanwhile and nobody else took over, drains it on the pool.</summary>
    private void Release()
    {
        Interlocked.Exchange(ref _owned, 0);
        if (Volatile.Read(ref _queued) != 0 && Interlocked.CompareExchange(ref _owned, 1, 0) == 0)
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    // Inlining is safe only on the thread that already owns this scheduler: it is still one thread at a time.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        !taskWasPreviouslyQueued && t_state?.Current == this && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (_queueLock) return _queue.ToArray();
    }
}
