using System.Globalization;
using System.Text.RegularExpressions;

namespace Network.Bench.GraphQLReads;

/// <summary>One wrk run: throughput, latency percentiles, and the script's own checks.</summary>
public sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Non200, long Mismatches, string SocketErrors)
{
    /// <summary>Null when every answer was a 200 equal to the expected body; otherwise what went wrong.</summary>
    public string? Problem => Non200 > 0 || Mismatches > 0 || SocketErrors.Length > 0
        ? $"{Non200} non-200, {Mismatches} bodies unlike the checked answer{(SocketErrors.Length > 0 ? ", socket errors: " + SocketErrors : "")} of {Requests}"
        : null;
}

/// <summary>
/// Debian's wrk with bench/peers/wrk/{node,members}.lua: 2 threads, 32 connections, closed loop (each connection
/// sends its next request when the last is answered). WRK_CHECK_BODY=1 always: every answer is compared byte for
/// byte with the expected body (the fixture for the peer and the floor, our hand-checked answer for ours).
/// </summary>
public static partial class Wrk
{
    public const int Threads = 2;
    public const int Connections = 32;

    public static async Task<WrkResult> RunAsync(Uri target, string script, TimeSpan duration, string? bodyFile = null, string? expectFile = null)
    {
        var env = new Dictionary<string, string> { ["WRK_CHECK_BODY"] = "1" };
        if (bodyFile is not null) env["WRK_BODY_FILE"] = bodyFile;
        if (expectFile is not null) env["WRK_EXPECT_FILE"] = expectFile;
        var seconds = Math.Max(1, (int)Math.Round(duration.TotalSeconds));
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
        var mismatches = summary.Groups["mismatched"].Value;
        var sockets = SocketErrorsLine().Match(output);
        return new WrkResult(
            double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile(output, "50"), Percentile(output, "99"),
            long.Parse(summary.Groups["requests"].Value, CultureInfo.InvariantCulture),
            long.Parse(summary.Groups["non200"].Value, CultureInfo.InvariantCulture),
            long.TryParse(mismatches, CultureInfo.InvariantCulture, out var m) ? m : throw new FormatException("wrk did not check bodies: " + output),
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

    // The summary line common.lua's done() prints.
    [GeneratedRegex(@"^\w+: (?<requests>\d+) requests, [\d.]+ req/s, non-200: (?<non200>\d+), body mismatches: (?<mismatched>.+)$", RegexOptions.Multiline)]
    private static partial Regex Summary();

    [GeneratedRegex(@"^\s*Socket errors:(.*)$", RegexOptions.Multiline)]
    private static partial Regex SocketErrorsLine();
}
