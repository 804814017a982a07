using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace Analytics.Graphs;

/// <summary>
/// The caller and <c>workers − 1</c> threads of its own that run many short parallel steps one after another, as
/// batched local moving does (two steps per batch of a few thousand nodes, ~1,100 steps a round on 10M ties).
/// </summary>
/// <remarks>
/// <para>Each step through <see cref="Parallel.For(int, int, Action{int})"/> woke a pool thread, and the second worker
/// started ~0.2 ms after the first: a quarter of a second a round in which one core worked alone. A team member that
/// has just finished a step spins for up to a millisecond for the next one (the sequential work between a batch's
/// steps takes a few tenths of that), then sleeps until woken.</para>
/// <para>A step hands out chunks as workers come free, like <see cref="RowBlocks.ForChunks"/>: worker ids are
/// 0..workers − 1 (0 is the caller) and no two chunks run on one worker at once, so per-worker scratch needs no
/// lock. One caller at a time: steps must not be started from inside a step, nor from two threads at once.</para>
/// </remarks>
internal sealed class WorkerTeam : IDisposable
{
    private static readonly long SpinTicks = Stopwatch.Frequency / 1000;

    private readonly Thread[] _threads;
    private readonly object _gate = new();
    private Action<int, int>? _body;
    private int _chunks;
    private int _next;        // the last chunk handed out in the current step
    private int _generation;  // bumped when a step starts (or the team stops)
    private int _running;     // members still in the current step
    private int _sleepers;
    private bool _stopping;
    private Exception? _failure;

    public WorkerTeam(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        Workers = workers;
        _threads = new Thread[workers - 1];
        for (int w = 1; w < workers; w++)
        {
            int worker = w;
            _threads[w - 1] = new Thread(() => Serve(worker)) { IsBackground = true, Name = $"{nameof(WorkerTeam)} {w}" };
            _threads[w - 1].Start();
        }
    }

    public int Workers { get; }

    /// <summary>Runs <paramref name="body"/>(chunk, worker) for every chunk 0..<paramref name="chunks"/>-1 and returns
    /// when all have finished; the first exception a chunk threw is rethrown then.</summary>
    public void ForChunks(int chunks, Action<int, int> body)
    {
        ObjectDisposedException.ThrowIf(_stopping, this);
        if (_threads.Length == 0 || chunks <= 1)
        {
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                body(chunk, 0);
            }
            return;
        }
        _body = body;
        _chunks = chunks;
        _next = -1;
        _failure = null;
        _running = _threads.Length;
        Start();
        try
        {
            RunChunks(0);
        }
        finally
        {
            var wait = new SpinWait();
            while (Volatile.Read(ref _running) > 0)
            {
                wait.SpinOnce(sleep1Threshold: -1);
            }
            _body = null;
        }
        if (_failure is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    public void Dispose()
    {
        if (_stopping)
        {
            return;
        }
        _stopping = true;
        Start();
        foreach (var thread in _threads)
        {
            thread.Join();
        }
    }

    // The interlocked bump and the sleeper count's interlocked increment (before a member's last look at the
    // generation) are both full fences, so either the caller sees the sleeper or the sleeper sees the new step.
    private void Start()
    {
        Interlocked.Increment(ref _generation);
        if (Volatile.Read(ref _sleepers) > 0)
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    private void Serve(int worker)
    {
        int seen = 0;
        while (true)
        {
            // SpinWait yields now and then, so a team larger than the machine does not starve the caller.
            var spin = new SpinWait();
            long spinUntil = Stopwatch.GetTimestamp() + SpinTicks;
            while (Volatile.Read(ref _generation) == seen && Stopwatch.GetTimestamp() < spinUntil)
            {
                spin.SpinOnce(sleep1Threshold: -1);
            }
            if (Volatile.Read(ref _generation) == seen)
            {
                lock (_gate)
                {
                    Interlocked.Increment(ref _sleepers);
                    while (Volatile.Read(ref _generation) == seen)
                    {
                        Monitor.Wait(_gate);
                    }
                    Interlocked.Decrement(ref _sleepers);
                }
            }
            seen = Volatile.Read(ref _generation);
            if (_stopping)
            {
                return;
            }
            try
            {
                RunChunks(worker);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }

    private void RunChunks(int worker)
    {
        var body = _body!;
        try
        {
            for (int chunk = Interlocked.Increment(ref _next); chunk < _chunks; chunk = Interlocked.Increment(ref _next))
            {
                body(chunk, worker);
            }
        }
        catch (Exception e) when (worker != 0)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
        }
    }
}
