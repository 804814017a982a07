using Orleans.Runtime;
using Xunit;

namespace Grains.Tests.Runtime.Activation;

/// <summary>
/// The activation scheduler is the single-threaded guarantee behind turns. Its ownership is a lock-free flag, so these
/// tests hammer the hand-offs between inline calls, queued tasks and the drain loop.
/// </summary>
public sealed class ActivationTaskSchedulerTests
{
    [Theory]
    [InlineData(0)]   // inline calls only: threads race for ownership
    [InlineData(2)]   // every second item queued: inline calls race the drain loop's hand-offs
    [InlineData(8)]   // mostly inline, with queued work now and then
    public async Task Inline_calls_and_queued_tasks_from_many_threads_never_run_at_the_same_time_and_none_is_lost(int queueEvery)
    {
        var scheduler = new ActivationTaskScheduler();
        var running = 0;
        var overlaps = 0;
        var done = 0;
        const int threads = 4, perThread = 20_000;
        void Work()
        {
            if (Interlocked.Increment(ref running) != 1) Interlocked.Increment(ref overlaps);
            Thread.SpinWait(50);
            Interlocked.Decrement(ref running);
            Interlocked.Increment(ref done);
        }

        var queued = new List<Task>();
        using var start = new Barrier(threads);
        // Dedicated threads, so that the callers really run at once even when the pool has few threads.
        var callers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var mine = new List<Task>();
            start.SignalAndWait();
            for (var i = 0; i < perThread; i++)
            {
                if (queueEvery > 0 && (i + t) % queueEvery == 0)
                    mine.Add(Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.None, scheduler));
                else scheduler.RunOrQueue(static w => w(), (Action)Work);
            }
            lock (queued) queued.AddRange(mine);
        })).ToArray();
        foreach (var caller in callers) caller.Start();
        foreach (var caller in callers) caller.Join();
        await Task.WhenAll(queued).WaitAsync(TimeSpan.FromSeconds(30));
        await WaitUntil(() => Volatile.Read(ref done) == threads * perThread);

        Assert.Equal(0, overlaps);
        Assert.Equal(threads * perThread, done);
    }

    [Fact]
    public async Task Tasks_queued_from_one_thread_run_in_order()
    {
        var scheduler = new ActivationTaskScheduler();
        var seen = new List<int>();
        var tasks = Enumerable.Range(0, 1_000)
            .Select(i => Task.Factory.StartNew(() => seen.Add(i), CancellationToken.None, TaskCreationOptions.None, scheduler))
            .ToArray();
        await Task.WhenAll(tasks);
        Assert.Equal(Enumerable.Range(0, 1_000), seen);
    }

    [Fact]
    public async Task A_call_arriving_while_the_scheduler_is_busy_waits_behind_work_queued_before_it()
    {
        var scheduler = new ActivationTaskScheduler();
        var gate = new ManualResetEventSlim();
        var order = new List<string>();
        var blocker = Task.Factory.StartNew(() => gate.Wait(), CancellationToken.None, TaskCreationOptions.None, scheduler);
        var first = Task.Factory.StartNew(() => order.Add("queued"), CancellationToken.None, TaskCreationOptions.None, scheduler);
        var inlineRan = new TaskCompletionSource();
        await Task.Run(() => scheduler.RunOrQueue(static s => { s.order.Add("call"); s.inlineRan.SetResult(); }, (order, inlineRan)));

        Assert.Empty(order); // the call did not run inline on its thread while another owned the scheduler
        gate.Set();
        await Task.WhenAll(blocker, first, inlineRan.Task).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["queued", "call"], order);
    }

    [Fact]
    public async Task Work_queued_while_an_inline_call_runs_is_drained_when_that_call_ends()
    {
        var scheduler = new ActivationTaskScheduler();
        using var entered = new ManualResetEventSlim();
        using var gate = new ManualResetEventSlim();
        var owner = new Thread(() => scheduler.RunOrQueue(static s => { s.entered.Set(); s.gate.Wait(); }, (entered, gate)));
        owner.Start();
        entered.Wait();
        var queued = Task.Factory.StartNew(() => { }, CancellationToken.None, TaskCreationOptions.None, scheduler);
        Assert.False(queued.IsCompleted);
        gate.Set();
        owner.Join();
        await queued.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_idle_scheduler_runs_a_call_inline_on_the_callers_thread_and_is_free_again_afterwards()
    {
        var scheduler = new ActivationTaskScheduler();
        var (caller, ranOn) = await Task.Run(() =>
        {
            var box = new int[1];
            scheduler.RunOrQueue(static b => b[0] = Environment.CurrentManagedThreadId, box);
            return (Environment.CurrentManagedThreadId, box[0]);
        });
        Assert.Equal(caller, ranOn);
        var again = await Task.Run(() =>
        {
            var box = new int[1];
            scheduler.RunOrQueue(static b => b[0] = Environment.CurrentManagedThreadId, box);
            return box[0] == Environment.CurrentManagedThreadId;
        });
        Assert.True(again);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 1_000 && !condition(); i++) await Task.Delay(10);
    }
}
