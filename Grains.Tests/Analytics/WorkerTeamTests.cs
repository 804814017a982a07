using Analytics.Graphs;
using Xunit;

namespace Grains.Tests.Analytics;

public sealed class WorkerTeamTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_step_runs_each_chunk_once_and_no_worker_runs_two_at_once(int workers)
    {
        using var team = new WorkerTeam(workers);
        var busy = new int[workers];
        var overlaps = 0;
        for (var step = 0; step < 400; step++)
        {
            // Some steps follow a pause longer than the members spin, so they start from sleep.
            if (step % 50 == 0) Thread.Sleep(5);
            var chunks = step % 7;
            var runs = new int[chunks];
            team.ForChunks(chunks, (chunk, worker) =>
            {
                Assert.InRange(worker, 0, workers - 1);
                if (Interlocked.Exchange(ref busy[worker], 1) != 0) Interlocked.Increment(ref overlaps);
                Interlocked.Increment(ref runs[chunk]);
                Thread.SpinWait(100);
                Volatile.Write(ref busy[worker], 0);
            });
            Assert.All(runs, r => Assert.Equal(1, r));
        }
        Assert.Equal(0, overlaps);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Chunks_run_side_by_side_on_distinct_workers(int workers)
    {
        using var team = new WorkerTeam(workers);
        var busy = new int[workers];
        var overlaps = 0;
        var concurrent = 0;
        var mostAtOnce = 0;
        team.ForChunks(100, (_, worker) =>
        {
            if (Interlocked.Exchange(ref busy[worker], 1) != 0) Interlocked.Increment(ref overlaps);
            var now = Interlocked.Increment(ref concurrent);
            int seen;
            while ((seen = Volatile.Read(ref mostAtOnce)) < now && Interlocked.CompareExchange(ref mostAtOnce, now, seen) != seen)
            {
            }
            Thread.Sleep(1); // long enough for the other members to start chunks beside this one
            Interlocked.Decrement(ref concurrent);
            Volatile.Write(ref busy[worker], 0);
        });
        // The members are threads of the team's own, not pool threads: 100 chunks of a millisecond leave them ample
        // time to start, so this cannot pass by luck.
        Assert.True(mostAtOnce >= 2, "the chunks never ran side by side");
        Assert.Equal(0, overlaps);
    }

    [Fact]
    public void A_chunk_that_throws_fails_its_step_and_the_team_goes_on()
    {
        using var team = new WorkerTeam(2);
        for (var failing = 0; failing < 8; failing++)
        {
            var ran = new int[8];
            var thrown = Assert.Throws<InvalidOperationException>(() => team.ForChunks(8, (chunk, _) =>
            {
                Interlocked.Increment(ref ran[chunk]);
                Thread.SpinWait(200);
                if (chunk == failing) throw new InvalidOperationException($"chunk {chunk}");
            }));
            Assert.Equal($"chunk {failing}", thrown.Message);
            Assert.All(ran, r => Assert.InRange(r, 0, 1));

            var after = new int[5];
            team.ForChunks(5, (chunk, _) => Interlocked.Increment(ref after[chunk]));
            Assert.All(after, r => Assert.Equal(1, r));
        }
    }

    [Fact]
    public void A_disposed_team_refuses_steps()
    {
        var team = new WorkerTeam(3);
        team.ForChunks(4, (_, _) => { });
        team.Dispose();
        team.Dispose();
        Assert.Throws<ObjectDisposedException>(() => team.ForChunks(4, (_, _) => { }));
    }
}
