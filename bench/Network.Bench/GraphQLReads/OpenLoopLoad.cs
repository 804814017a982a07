using System.Diagnostics;
using System.Net;

namespace Network.Bench.GraphQLReads;

/// <summary>Latency percentiles of one open-loop run, in milliseconds.</summary>
public sealed record OpenLoopResult(double Rate, long Sent, long Failed, double P50Ms, double P99Ms, double LagP99Ms);

/// <summary>
/// An open-loop load generator: requests are scheduled at a fixed rate whatever the server does, and each one's
/// latency runs from its scheduled start to the end of its response. wrk cannot do this: it waits for an answer
/// before sending the next request, so a slow answer delays the requests behind it and hides their waiting time
/// ("coordinated omission"). A dedicated thread releases the requests that are due (its sleeps have a granularity
/// of about 1 ms; its own lateness counts in the latencies, and is reported as LagP99Ms so that a reader can tell
/// generator from server); the requests go through a pool of HTTP/1.1 connections (SocketsHttpHandler), and
/// those that find every connection busy wait for one, which counts too.
/// </summary>
public static class OpenLoopLoad
{
    public static async Task<OpenLoopResult> RunAsync(Uri target, byte[] body, byte[] expected, double rate, TimeSpan duration, int connections)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        using var http = new HttpClient(handler) { BaseAddress = target, Timeout = TimeSpan.FromSeconds(30) };

        var total = Math.Max(1, (int)(rate * duration.TotalSeconds));
        var latency = new long[total];
        var lag = new long[total];
        long failed = 0, pending = total;
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var interval = Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();

        async Task Send(int i, long scheduled)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new("application/json");
                request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json");
                using var response = await http.SendAsync(request);
                var answer = await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != HttpStatusCode.OK || !answer.AsSpan().SequenceEqual(expected)) Interlocked.Increment(ref failed);
            }
            catch (Exception)
            {
                // Whatever went wrong, this request failed; it must still be counted, or the run would never end.
                Interlocked.Increment(ref failed);
            }
            latency[i] = Stopwatch.GetTimestamp() - scheduled;
            if (Interlocked.Decrement(ref pending) == 0) finished.SetResult();
        }

        var scheduler = new Thread(() =>
        {
            for (var i = 0; i < total;)
            {
                var now = Stopwatch.GetTimestamp();
                for (long due; i < total && (due = start + (long)(i * interval)) <= now; i++)
                {
                    lag[i] = now - due;
                    var (index, scheduled) = (i, due);
                    // The pool runs the send, so that this thread only keeps time.
                    ThreadPool.UnsafeQueueUserWorkItem(_ => _ = Send(index, scheduled), null);
                }
                if (i < total) Thread.Sleep(1);
            }
        }) { IsBackground = true, Name = "open-loop scheduler", Priority = ThreadPriority.AboveNormal };
        scheduler.Start();
        await finished.Task.WaitAsync(duration + TimeSpan.FromSeconds(60));
        scheduler.Join();

        Array.Sort(latency);
        Array.Sort(lag);
        return new OpenLoopResult(rate, total, failed, Ms(Quantile(latency, 0.50)), Ms(Quantile(latency, 0.99)), Ms(Quantile(lag, 0.99)));
    }

    private static long Quantile(long[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
