using System.Collections.Concurrent;
using Grains.Tests.Api.Schema;
using Network.Api.Schema.Relay;
using Network.Silo.Storage;

namespace Grains.Tests.Api;

/// <summary>No acknowledged write is ever lost: the service is SIGKILLed in the middle of a stream of writes.</summary>
public sealed class DurabilityTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Every_acknowledged_write_survives_a_hard_kill_and_the_event_log_has_no_gaps()
    {
        var data = Path.Combine(Path.GetTempPath(), "network-tests", "durability-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var acknowledged = new ConcurrentBag<(string Follower, string Followee, long Version)>();
        var failedAfterKill = 0;

        await using (var service = await ServiceProcess.StartAsync(data))
        {
            using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
            var client = new GraphQLClient(http);
            var users = new List<string>();
            for (var i = 0; i < 40; i++) users.Add(await client.CreateUser($"durable_{i}"));

            // Every pair is followed at most once, so each acknowledgement names a distinct event.
            var pairs = new ConcurrentQueue<(string, string)>(
                from a in users from b in users where a != b orderby Guid.NewGuid() select (a, b));
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested && pairs.TryDequeue(out var pair))
                {
                    try
                    {
                        var response = await client.PostAsync(
                            "mutation($a: ID!, $b: ID!) { follow(followerId: $a, followeeId: $b) { graphVersion } }", new { a = pair.Item1, b = pair.Item2 });
                        if (response.Errors.Count > 0) continue;
                        acknowledged.Add((pair.Item1, pair.Item2, response.Data.At("follow.graphVersion").GetInt64()));
                    }
                    catch (Exception)
                    {
                        // Expected once the service is killed.
                        Interlocked.Increment(ref failedAfterKill);
                        await Task.Delay(10);
                    }
                }
            })).ToArray();

            await WaitFor(() => acknowledged.Count >= 150, TimeSpan.FromSeconds(30));
            service.KillHard();
            await Task.Delay(200);
            stop.Cancel();
            await Task.WhenAll(writers);
        }

        Assert.True(acknowledged.Count >= 150);
        Assert.True(failedAfterKill > 0, "the kill did not interrupt the stream of writes");

        await using (var restarted = await ServiceProcess.StartAsync(data))
        {
            using var http = new HttpClient { BaseAddress = restarted.BaseAddress };
            var reader = new GraphReader(new SqliteDialect(new StorageOptions { DataDirectory = data }));
            var before = await reader.GetGraphVersionAsync();

            var events = (await reader.ReadEventsAsync(0, int.MaxValue)).ToDictionary(e => e.Version);
            Assert.Equal(Enumerable.Range(1, (int)before).Select(v => (long)v), events.Keys.Order());
            foreach (var (follower, followee, version) in acknowledged)
            {
                var (a, b) = (GlobalId.Parse(follower, "User", "follower"), GlobalId.Parse(followee, "User", "followee"));
                Assert.True(events.TryGetValue(version, out var e), $"The write acknowledged at graph version {version} is lost.");
                Assert.Equal(("FOLLOWED", a, b), (e.Kind, e.SubjectId, e.ObjectId!.Value));
                Assert.NotNull(await reader.GetEdgeAsync(Network.Grains.Common.EdgeKind.Follows, a, b));
            }

            // The restarted service carries on from the last committed version.
            var created = await new GraphQLClient(http).DataAsync("mutation { createUser(input: {handle: \"after_restart\", displayName: \"After\"}) { graphVersion } }");
            Assert.Equal(before + 1, created.At("createUser.graphVersion").GetInt64());
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    private static async Task WaitFor(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Not enough writes were acknowledged in time.");
            await Task.Delay(5);
        }
    }
}
