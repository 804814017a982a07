using System.Text.Json;
using Network.Bench.GraphQLReads;

namespace Network.Bench.Groups;

/// <summary>
/// The GraphQL rows of issue 3's speed goals: the in-process executor against graphql-js, and reads over HTTP
/// (node(id) and a 20-member list) against the graphql-js peer and the floor, driven by wrk; then our p99 at half
/// our maximum throughput under an open-loop load (GraphQLBench.Http.cs).
/// </summary>
public static partial class GraphQLBench
{
    /// <summary>How long this group measures: --quick keeps it to about a minute, so that CI only checks it works.</summary>
    private sealed record Plan(int Runs, TimeSpan WrkDuration, TimeSpan Warmup, int MicroRuns, TimeSpan MicroRun)
    {
        public static Plan From(BenchSettings s) => s.Quick
            ? new Plan(1, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), 3, TimeSpan.FromMilliseconds(500))
            : new Plan(s.Runs, s.Duration, s.Warmup, s.Runs, TimeSpan.FromSeconds(2));
    }

    public static async Task<ResultGroup> RunAsync(BenchSettings settings)
    {
        var plan = Plan.From(settings);
        var rows = new List<ResultRow> { await ExecutorRow(plan) };
        rows.AddRange(await HttpRows(plan));
        return new ResultGroup("GraphQL reads",
            "In-process: parse+validate+execute of a three-field query, ours against graphql-js. Over HTTP on loopback: node(id) and a 20-member list " +
            $"(the queries of bench/peers/floor.md), wrk -t{Wrk.Threads} -c{Wrk.Connections}, against graphql-js on Node (graphql-http as shipped, the issue's peer, for node(id); " +
            "and with a document cache, like ours, for both queries) and the floor (a plain ASP.NET Core endpoint that parses the JSON request and writes the fixture bytes). Runs of the subjects alternate; " +
            "wrk, the server under test and its host share the machine's cores. Timed wrk runs count non-200 answers; checked runs before and after them compare every body byte for byte (see the notes).",
            rows);
    }

    private static async Task<ResultRow> ExecutorRow(Plan plan)
    {
        const string subject = "parse+validate+execute, 3 fields, in-process: µs/request";
        const string goal = "≤ 10 µs";
        var (wall, cpu) = await ExecutorMicroBench.RunAsync(plan.MicroRuns, plan.Warmup, plan.MicroRun);
        var ours = new Measurement(wall, "µs");
        var oursCpu = new Measurement(cpu, "µs");
        var note = $"query `{ExecutorMicroBench.Query}` (one root field, three leaves), synchronous resolvers, document cached by query text as both executors do; " +
                   "ours: RequestExecutor.ExecuteAsync, mean per request over a Stopwatch loop after warm-up, result not serialised. " +
                   "HotChocolate 12 published 9.94 µs (not run here: no .NET GraphQL library restores). " +
                   $"Process CPU time per request, which a busy machine disturbs less: ours {oursCpu.Format()}";
        if (Tools.Node is null || GraphQLJsPeer.Missing() is { } missing)
            return new ResultRow(subject, ours, "graphql-js", null, goal, (o, _) => o <= 10, note + $". graphql-js: not run, {GraphQLJsPeer.Missing() ?? "node is not installed"}.");

        var (code, stdout, stderr) = await Tools.RunAsync(Tools.Node,
            [Path.Combine(GraphQLJsPeer.Directory, "execute-bench.mjs"), "--runs", plan.MicroRuns.ToString(), "--ms", ((int)plan.MicroRun.TotalMilliseconds).ToString(),
             "--warmup-ms", ((int)plan.Warmup.TotalMilliseconds).ToString()],
            new Dictionary<string, string> { ["NODE_ENV"] = "production" });
        if (code != 0) throw new InvalidOperationException($"execute-bench.mjs failed ({code}): {stderr}");
        using var json = JsonDocument.Parse(stdout);
        var cached = new Measurement(json.RootElement.GetProperty("cached").EnumerateArray().Select(e => e.GetDouble()).ToList(), "µs");
        var uncached = new Measurement(json.RootElement.GetProperty("graphql").EnumerateArray().Select(e => e.GetDouble()).ToList(), "µs");
        var cachedCpu = new Measurement(json.RootElement.GetProperty("cachedCpu").EnumerateArray().Select(e => e.GetDouble()).ToList(), "µs");
        return new ResultRow(subject, ours, "graphql-js 16 execute() on a cached document", cached, goal, (o, _) => o <= 10,
            note + $", graphql-js {cachedCpu.Format()}. graphql-js (bench/peers/graphql-js/execute-bench.mjs, NODE_ENV=production, same schema and query): a Map from query text to the validated document, then execute(); " +
                   $"graphql() parsing and validating every request: {uncached.Format()}.");
    }
}
