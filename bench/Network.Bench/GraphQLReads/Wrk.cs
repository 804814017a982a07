using System.Globalization;
using System.Text.RegularExpressions;

namespace Network.Bench.GraphQLReads;

/// <summary>One wrk run: throughput, latency percentiles, and the checks made (Mismatches is null when bodies went unchecked).</summary>
public sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Non200, long? Mismatches, string SocketErrors)
{
    /// <summary>Null when every answer had a 200 (and, if checked, the expected body); otherwise what went wrong.</summary>
    public string? Problem => Non200 > 0 || Mismatches > 0 || SocketErrors.Length > 0
        ? $"{Non200} non-200, {Mismatches?.ToString(CultureInfo.InvariantCulture) ?? "unchecked"} bodies unlike the checked answer" +
          $"{(SocketErrors.Length > 0 ? ", socket errors: " + SocketErrors : "")} of {Requests}"
        : null;
}

/// <summary>
/// Debian's wrk with bench/peers/wrk/{node,members}.lua: 2 threads, 32 connections, closed loop (each connection
/// sends its next request when the last is answered). A checked run compares every answer byte for byte with the
/// expected body (the fixture for the peer and the floor, our hand-checked answer for ours) in Lua; a timed run
/// (WRK_FAST=1) leaves Lua out, because the per-response callback costs wrk CPU that the server then lacks (on 2
/// cores it cut the floor's throughput by about 30%), and counts bad statuses in wrk's C core only.
/// </summary>
public static partial class Wrk
{
    public const int Threads = 2;
    public const int Connections = 32;

    public static async Task<WrkResult> RunAsync(Uri target, string script, TimeSpan duration, bool checkBodies, string? bodyFile = null, string? expectFile = null)
    {
        var env = new Dictionary<string, string> { [checkBodies ? "WRK_CHECK_BODY" : "WRK_FAST"] = "1" };
        if (bodyFile is not null) env["WRK_BODY_FILE"] = bodyFile;
        if (expectFile is not null) env["WRK_EXPECT_FILE"] = expectFile;
        var result = await RunScriptAsync(target, script, duration, env);
        if (checkBodies && result.Mismatches is null) throw new FormatException("wrk did not check bodies: " + result);
        return result;
    }

    /// <summary>Any script of bench/peers/wrk that prints common.lua's summary line, with its environment.</summary>
    public static async Task<WrkResult> RunScriptAsync(Uri target, string script, TimeSpan duration, Dictionary<string, string> env)
    {
        var seconds = Math.Max(1, (int)Math.Round(duration.TotalSeconds));
        env["WRK_THREADS"] = Threads.ToString(CultureInfo.InvariantCulture);
        var (code, stdout, stderr) = await Tools.RunAsync(Tools.Wrk!,
            ["-t" + Threads, "-c" + Connections, $"-d{seconds}s", "--latency", "-s", Path.Combine(Tools.Peers, "wrk", script + ".lua"), target.ToString().TrimEnd('/')],
            env, TimeSpan.FromSeconds(seconds + 60));
        if (code != 0) throw new InvalidOperationException($"wrk failed ({code}): {stderr}{stdout}");
        return Parse(stdout);
    }

    public static WrkResult Parse(string output)
    {
        var rps = RequestsPerSec().Match(output);
        var summary = Summary().Match(output);
        if (!rps.Success || !summary.Success) throw new FormatException("unexpected wrk output: " + output);
        // A checked run counts non-200s in Lua; a timed run relies on wrk's own line, printed only when there are some.
        var non200 = long.TryParse(summary.Groups["non200"].Value, CultureInfo.InvariantCulture, out var n) ? n
            : NonSuccessLine().Match(output) is { Success: true } line ? long.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var sockets = SocketErrorsLine().Match(output);
        return new WrkResult(
            double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile(output, "50"), Percentile(output, "99"),
            long.Parse(summary.Groups["requests"].Value, CultureInfo.InvariantCulture),
            non200,
            long.TryParse(summary.Groups["mismatched"].Value, CultureInfo.InvariantCulture, out var m) ? m : null,
            sockets.Success ? sockets.Groups[1].Value.Trim() : "");
    }

    // "     99%    3.21ms" in the --latency distribution; wrk picks us, ms or s.
    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s*{percent}(?:\.0+)?%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success) throw new FormatException($"no {percent}% latency in wrk output: " + output);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "ms" => value, _ => value * 1000 };
    }

    [GeneratedRegex(@"^Requests/sec:\s+([\d.]+)", RegexOptions.Multiline)]
    private static partial Regex RequestsPerSec();

    // The summary line common.lua's done() prints, checked or not.
    [GeneratedRegex(@"^\w+: (?<requests>\d+) requests, [\d.]+ req/s, non-200: (?<non200>[^,]+), body mismatches: (?<mismatched>.+)$", RegexOptions.Multiline)]
    private static partial Regex Summary();

    [GeneratedRegex(@"^\s*Non-2xx or 3xx responses:\s*(\d+)", RegexOptions.Multiline)]
    private static partial Regex NonSuccessLine();

    [GeneratedRegex(@"^\s*Socket errors:(.*)$", RegexOptions.Multiline)]
    private static partial Regex SocketErrorsLine();
}
