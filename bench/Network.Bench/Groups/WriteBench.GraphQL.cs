using System.Net;
using System.Text;
using Network.Bench.GraphQLReads;

namespace Network.Bench.Groups;

/// <summary>
/// The write row through the public API: follow mutations posted to POST /graphql over 32 connections, against the
/// whole service in-process on SQLite (as Api/Program.cs wires it). A write counts when its answer is a 200 without
/// errors, which the service sends only after the storage transaction is durable. The load comes from wrk
/// (bench/peers/wrk/follow.lua, as the read rows), which costs the shared cores far less than an in-process
/// HttpClient; without wrk, from HttpClient.
/// </summary>
public static partial class WriteBench
{
    private const string FollowMutation = "mutation($a: ID!, $b: ID!) { follow(followerId: $a, followeeId: $b) { graphVersion } }";

    private static async Task<ResultRow> ViaGraphQL(BenchSettings settings, Measurement floor)
    {
        long failed = 0;
        var ours = await Measurement.RepeatAsync(settings.Runs, "writes/s", async () =>
        {
            var (rate, failures) = await ThroughGraphQL(settings);
            failed += failures;
            return rate;
        });
        return new ResultRow("Sqlite follows/s via GraphQL over HTTP", ours, "raw batched inserts (floor)", floor, "≥ 5,000/s",
            failed > 0 ? (_, _) => false : (o, _) => o >= 5000,
            (failed > 0 ? $"{failed} follow mutations were refused or failed; " : "") +
            $"`follow` mutations over {Writers} HTTP/1.1 connections on loopback, each awaiting its answer (200, no errors, checked on every answer) before the next, " +
            (Tools.Wrk is null ? "from HttpClient in the bench process (wrk is not installed); " : $"from wrk -t{Wrk.Threads} -c{Wrk.Connections} with bench/peers/wrk/follow.lua; ") +
            "the goal is issue 2's for a persisted mutation on SQLite");
    }

    private static async Task<(double Rate, long Failed)> ThroughGraphQL(BenchSettings settings)
    {
        await using var service = await InProcessService.StartAsync();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Writers, UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = service.BaseAddress };

        // 512 users, created through GraphQL as well, Writers at a time.
        var users = new string[512];
        await Parallel.ForEachAsync(Enumerable.Range(0, users.Length), new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (i, _) =>
            users[i] = (await service.DataAsync(
                "mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }",
                new { input = new { handle = $"bench_{i}", displayName = "Bench", country = "ID" } }))
                .GetProperty("createUser").GetProperty("user").GetProperty("id").GetString()!);

        if (Tools.Wrk is not null)
        {
            var ids = Path.GetTempFileName();
            try
            {
                await File.WriteAllLinesAsync(ids, users);
                // A warm-up (JIT, connections) first; the timed walk starts far beyond it, so no follow repeats (512 users
                // give 261,632 distinct pairs).
                await Wrk.RunScriptAsync(service.BaseAddress, "follow", settings.Warmup, new() { ["WRK_IDS_FILE"] = ids, ["WRK_OFFSET"] = "0" });
                var result = await Wrk.RunScriptAsync(service.BaseAddress, "follow", settings.Duration, new() { ["WRK_IDS_FILE"] = ids, ["WRK_OFFSET"] = "100000" });
                return (result.RequestsPerSecond, result.Non200 + (result.Mismatches ?? 0) + (result.SocketErrors.Length > 0 ? 1 : 0));
            }
            finally
            {
                File.Delete(ids);
            }
        }

        long total = 0, failed = 0;
        var stop = DateTime.UtcNow + settings.Duration;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            // The same walk as the grains row: every follow is new, none is a repeat.
            long n = 0;
            for (var f = w; DateTime.UtcNow < stop; f += Writers)
            {
                var follower = users[f % users.Length];
                var followee = users[(f / users.Length + 1 + f) % users.Length];
                if (followee == follower) continue;
                var (status, body) = await InProcessService.PostAsync(http, InProcessService.RequestBody(FollowMutation, new { a = follower, b = followee }));
                if (status == HttpStatusCode.OK && body.AsSpan().IndexOf("\"errors\""u8) < 0 && body.AsSpan().IndexOf("\"graphVersion\""u8) >= 0) n++;
                else if (Interlocked.Increment(ref failed) == 1) Console.WriteLine($"   follow via GraphQL failed ({(int)status}): {Encoding.UTF8.GetString(body)}");
            }
            Interlocked.Add(ref total, n);
        })));
        return (total / clock.Elapsed.TotalSeconds, failed);
    }
}
