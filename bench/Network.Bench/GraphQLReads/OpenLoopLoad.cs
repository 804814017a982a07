using System.Diagnostics;

namespace Network.Bench.GraphQLReads;

/// <summary>Latency percentiles of one open-loop run, in milliseconds.</summary>
public sealed record OpenLoopResult(double Rate, long Sent, long Failed, double P50Ms, double P99Ms, double LagP99Ms);

/// <summary>
/// An open-loop load generator in the manner of wrk2: every request has a scheduled start at a fixed rate, whatever
/// the server does, and its latency runs from that scheduled start to the end of its answer. wrk cannot do this: it
/// sends a connection's next request only when the last is answered, so a slow answer delays the requests behind it
/// and hides their waiting ("coordinated omission"). Here request i belongs to connection i mod C; a connection
/// sends each of its requests at its scheduled time, or at once if it is already late because an earlier answer was
/// slow, and that lateness counts in the latency. Timers have a granularity of about 1 ms: a request waits for the
/// next whole millisecond rather than go early, so the generator can only make latencies look worse; its lateness
/// behind the schedule is reported as LagP99Ms so that a reader can tell generator from server.
/// </summary>
public static class OpenLoopLoad
{
    /// <summary>
    /// Runs the generator in a process of its own (this program with <c>--open-loop</c>): in the bench process it would
    /// share the thread pool and the garbage collector's pauses with the servers it measures, and its own lateness
    /// would count against them. The child warms up (JIT, connections) for <paramref name="warmup"/> first.
    /// </summary>
    public static async Task<OpenLoopResult> RunInChildAsync(Uri target, byte[] body, byte[] expected, double rate, TimeSpan warmup, TimeSpan duration, int connections)
    {
        var folder = Directory.CreateTempSubdirectory("network-bench-open-loop-");
        try
        {
            var (bodyPath, expectedPath) = (Path.Combine(folder.FullName, "request"), Path.Combine(folder.FullName, "response"));
            await File.WriteAllBytesAsync(bodyPath, body);
            await File.WriteAllBytesAsync(expectedPath, expected);
            var (rateText, warmupMs, durationMs) = (rate.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                ((int)warmup.TotalMilliseconds).ToString(), ((int)duration.TotalMilliseconds).ToString());
            var (code, stdout, stderr) = NativeGenerator is { } native
                ? await Tools.RunAsync(native, [target.Host, target.Port.ToString(), bodyPath, expectedPath, rateText, warmupMs, durationMs, connections.ToString()],
                    timeout: warmup + duration + TimeSpan.FromMinutes(2))
                : await Tools.RunAsync(Tools.Which("dotnet") ?? "dotnet",
                    [typeof(OpenLoopLoad).Assembly.Location, "--open-loop", target.ToString(), bodyPath, expectedPath, rateText, warmupMs, durationMs, connections.ToString()],
                    timeout: warmup + duration + TimeSpan.FromMinutes(2));
            if (code != 0) throw new InvalidOperationException($"the open-loop generator failed ({code}): {stderr}");
            return System.Text.Json.JsonSerializer.Deserialize<OpenLoopResult>(stdout.Trim().Split('\n')[^1])!;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// bench/peers/openloop/openloop.c as bench/run.sh builds it: the same schedule and measure in C, one thread on epoll,
    /// which takes far less of the shared cores than this C# generator (a few microseconds a request). Null when not built.
    /// </summary>
    public static string? NativeGenerator =>
        Path.Combine(Tools.RepoRoot, "bench", "out", "openloop") is var path && File.Exists(path) ? path : null;

    /// <summary>The child's side of <see cref="RunInChildAsync"/>: <c>--open-loop URL REQUEST RESPONSE RATE WARMUP_MS DURATION_MS CONNECTIONS</c>.</summary>
    public static async Task<int> ChildMainAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--open-loop");
        var (target, body, expected) = (new Uri(args[at + 1]), await File.ReadAllBytesAsync(args[at + 2]), await File.ReadAllBytesAsync(args[at + 3]));
        var rate = double.Parse(args[at + 4], System.Globalization.CultureInfo.InvariantCulture);
        var (warmup, duration, connections) = (TimeSpan.FromMilliseconds(int.Parse(args[at + 5])), TimeSpan.FromMilliseconds(int.Parse(args[at + 6])), int.Parse(args[at + 7]));
        await RunAsync(target, body, expected, rate, warmup, connections);
        var result = await RunAsync(target, body, expected, rate, duration, connections);
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(result));
        return 0;
    }

    public static async Task<OpenLoopResult> RunAsync(Uri target, byte[] body, byte[] expected, double rate, TimeSpan duration, int connections)
    {
        var request = RawHttpConnection.PostRequest(target, body);
        var total = Math.Max(connections, (int)(rate * duration.TotalSeconds));
        var latency = new long[total];
        var lag = new long[total];
        long failed = 0;
        var interval = Stopwatch.Frequency / rate;
        var pool = new RawHttpConnection[connections];
        for (var c = 0; c < connections; c++) pool[c] = await RawHttpConnection.ConnectAsync(target);
        var start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 100; // 10 ms from now, so that every loop starts on time

        async Task Connection(int c)
        {
            for (var i = c; i < total; i += connections)
            {
                var due = start + (long)(i * interval);
                var early = due - Stopwatch.GetTimestamp();
                if (early > 0) await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(early * 1000.0 / Stopwatch.Frequency)));
                var sent = Stopwatch.GetTimestamp();
                lag[i] = sent - due;
                try
                {
                    if (!await pool[c].ExchangeAsync(request, expected)) Interlocked.Increment(ref failed);
                }
                catch (Exception e) when (e is IOException or InvalidDataException or System.Net.Sockets.SocketException or FormatException)
                {
                    // A broken answer is a failed request; carry on over a new connection.
                    Interlocked.Increment(ref failed);
                    pool[c].Dispose();
                    pool[c] = await RawHttpConnection.ConnectAsync(target);
                }
                latency[i] = Stopwatch.GetTimestamp() - due;
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, connections).Select(c => Task.Run(() => Connection(c)))).WaitAsync(duration + TimeSpan.FromSeconds(60));
        }
        finally
        {
            foreach (var connection in pool) connection.Dispose();
        }

        Array.Sort(latency);
        Array.Sort(lag);
        return new OpenLoopResult(rate, total, failed, Ms(Quantile(latency, 0.50)), Ms(Quantile(latency, 0.99)), Ms(Quantile(lag, 0.99)));
    }

    private static long Quantile(long[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
