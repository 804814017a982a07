namespace Orleans.Runtime;

/// <summary>
/// Runs one activation's work items one at a time, in order, on the thread pool: the single-threaded
/// guarantee behind turn-based execution. Awaits inside grain code capture this scheduler (it is
/// <see cref="TaskScheduler.Current"/> while a work item runs), so continuations come back here too.
/// </summary>
/// <remarks>
/// Orleans' ActivationTaskScheduler plays the same role. The fast path in <see cref="RunOrQueue"/> runs a work item on the
/// caller's thread when the activation is idle, which saves a thread-pool hop on most calls.
/// </remarks>
internal sealed class ActivationTaskScheduler : TaskScheduler, IThreadPoolWorkItem
{
    private const int MaxItemsPerDrain = 64;
    private const int MaxInlineDepth = 16;

    [ThreadStatic] private static ActivationTaskScheduler? t_current;
    [ThreadStatic] private static int t_inlineDepth;

    private readonly object _lock = new();
    private readonly Queue<Task> _queue = new();
    private bool _active; // a thread owns this scheduler: draining, or running a work item inline

    public override int MaximumConcurrencyLevel => 1;

    /// <summary>Runs <paramref name="task"/> now on this thread if the activation is idle, else queues it.</summary>
    public void RunOrQueue(Task task)
    {
        if (!TryEnterInline())
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
            ExitInline();
        }
    }

    /// <summary>
    /// Runs a grain call now on this thread if the activation is idle, else queues it. Inline, no Task wraps the call:
    /// the activation's synchronization context is current instead, so awaits in grain code still come back here.
    /// </summary>
    public void RunOrQueue<TState>(Action<TState> work, TState state)
    {
        if (!TryEnterInline())
        {
            new Task(static s => { var (w, st) = ((Action<TState>, TState))s!; w(st); }, (work, state)).Start(this);
            return;
        }

        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_context ??= new ActivationSynchronizationContext(this));
        try
        {
            work(state);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
            ExitInline();
        }
    }

    private ActivationSynchronizationContext? _context;
    private ActivationTaskScheduler? _previousOwner;

    private bool TryEnterInline()
    {
        lock (_lock)
        {
            if (_active || _queue.Count > 0 || t_inlineDepth >= MaxInlineDepth) return false;
            _active = true;
        }
        _previousOwner = t_current; // safe in a field: only the owning thread touches it
        t_current = this;
        t_inlineDepth++;
        return true;
    }

    private void ExitInline()
    {
        t_inlineDepth--;
        t_current = _previousOwner;
        ReleaseOrDrain();
    }

    protected override void QueueTask(Task task)
    {
        lock (_lock)
        {
            _queue.Enqueue(task);
            if (_active) return;
            _active = true;
        }
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    void IThreadPoolWorkItem.Execute()
    {
        var previous = t_current;
        t_current = this;
        try
        {
            for (var i = 0; i < MaxItemsPerDrain; i++)
            {
                Task next;
                lock (_lock)
                {
                    if (!_queue.TryDequeue(out next!))
                    {
                        _active = false;
                        return;
                    }
                }
                TryExecuteTask(next);
            }
        }
        finally
        {
            t_current = previous;
        }
        // Quantum used up: yield the thread so other activations get their turn, then continue.
        ReleaseOrDrain();
    }

    private void ReleaseOrDrain()
    {
        lock (_lock)
        {
            if (_queue.Count == 0)
            {
                _active = false;
                return;
            }
        }
        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    // Inlining is safe only on the thread that already owns this scheduler: it is still one thread at a time.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        !taskWasPreviouslyQueued && t_current == this && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (_lock) return _queue.ToArray();
    }
}
