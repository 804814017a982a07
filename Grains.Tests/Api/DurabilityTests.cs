using System.Collections.Concurrent;
using System.Net.Http.Json;
using Network.Silo.Storage;

namespace Grains.Tests.Api;

/// <summary>No acknowledged write is ever lost: the service is SIGKILLed in the middle of a stream of writes.</summary>
public sealed class DurabilityTests
{
    private sealed record Created(string Id, long GraphVersion);
    private sealed record Acknowledged(long GraphVersion);

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
            var users = new List<string>();
            for (var i = 0; i < 40; i++)
            {
                var response = await http.PostAsJsonAsync("/preview/users", new { handle = $"durable_{i}", displayName = $"User {i}" });
                response.EnsureSuccessStatusCode();
                users.Add((await response.Content.ReadFromJsonAsync<Created>())!.Id);
            }

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
                        var response = await http.PostAsJsonAsync("/preview/follows", new { followerId = pair.Item1, followeeId = pair.Item2 });
                        if (!response.IsSuccessStatusCode) continue;
                        var ack = (await response.Content.ReadFromJsonAsync<Acknowledged>())!;
                        acknowledged.Add((pair.Item1, pair.Item2, ack.GraphVersion));
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
                Assert.True(events.TryGetValue(version, out var e), $"The write acknowledged at graph version {version} is lost.");
                Assert.Equal(("FOLLOWED", long.Parse(follower), long.Parse(followee)), (e.Kind, e.SubjectId, e.ObjectId!.Value));
                Assert.NotNull(await reader.GetEdgeAsync(Network.Grains.Common.EdgeKind.Follows, long.Parse(follower), long.Parse(followee)));
            }

            // The restarted service carries on from the last committed version.
            var response = await http.PostAsJsonAsync("/preview/users", new { handle = "after_restart", displayName = "After" });
            response.EnsureSuccessStatusCode();
            Assert.Equal(before + 1, (await response.Content.ReadFromJsonAsync<Created>())!.GraphVersion);
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
