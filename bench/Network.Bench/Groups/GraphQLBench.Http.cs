using System.Net;
using Network.Bench.GraphQLReads;

namespace Network.Bench.Groups;

public static partial class GraphQLBench
{
    private const string Peer = "graphql-js (graphql-http, document cache on)";
    private const string StockPeer = "graphql-js (graphql-http as shipped)";
    private const string Floor = "floor (plain ASP.NET Core)";

    /// <summary>A server under load; for ours, the request and the checked answer come from files (our ids are random).</summary>
    private sealed record Subject(string Name, Uri Address, Func<string, (string? Body, string? Expect)> Files);

    private static async Task<IReadOnlyList<ResultRow>> HttpRows(Plan plan)
    {
        if (Tools.Wrk is null) return Unmeasured("not run: wrk is not installed (Debian package wrk)");

        await using var service = await InProcessService.StartAsync();
        var scenario = await ReadScenario.SeedAsync(service);
        var files = Directory.CreateTempSubdirectory("network-bench-wrk-");
        try
        {
            string Write(string name, byte[] bytes)
            {
                var path = Path.Combine(files.FullName, name);
                File.WriteAllBytes(path, bytes);
                return path;
            }
            var ours = new Dictionary<string, (string?, string?)>
            {
                ["node"] = (Write("node.request.json", scenario.NodeRequest), Write("node.response.json", scenario.NodeResponse)),
                ["members"] = (Write("members.request.json", scenario.MembersRequest), Write("members.response.json", scenario.MembersResponse)),
            };
            await using var floor = await FloorServer.StartAsync();
            await CheckFixtureAnswersAsync(floor.BaseAddress, "the floor");

            var (peer, peerMissing) = await StartPeerAsync(documentCache: true);
            var (stock, _) = peer is null ? (null, null) : await StartPeerAsync(documentCache: false);
            try
            {
                var subjects = new List<Subject> { new("ours", service.BaseAddress, q => ours[q]) };
                if (peer is not null) subjects.Add(new("graphql-js", peer.BaseAddress, _ => (null, null)));
                subjects.Add(new("floor", floor.BaseAddress, _ => (null, null)));
                // The peer is graphql-http as shipped; node(id), the query its goal is about, runs against both.
                var nodeSubjects = stock is null ? subjects : [.. subjects, new("graphql-js stock", stock.BaseAddress, _ => (null, null))];

                var node = await LoadAsync("node", nodeSubjects, plan);
                var members = await LoadAsync("members", subjects, plan);
                var rows = new List<ResultRow>();
                rows.AddRange(ReadRows("node(id)", node, peerMissing, nodeGoals: true));
                rows.AddRange(ReadRows("members(first: 20)", members, peerMissing, nodeGoals: false));
                rows.Add(await HalfMaxRow(service, scenario, floor, node.Timed["ours"], plan));
                return rows;
            }
            finally
            {
                if (peer is not null) await peer.DisposeAsync();
                if (stock is not null) await stock.DisposeAsync();
            }
        }
        finally
        {
            files.Delete(recursive: true);
        }
    }

    private static async Task<(GraphQLJsPeer? Peer, string? Missing)> StartPeerAsync(bool documentCache)
    {
        if (GraphQLJsPeer.Missing() is { } missing) return (null, missing);
        try
        {
            var peer = await GraphQLJsPeer.StartAsync(documentCache);
            try
            {
                await CheckFixtureAnswersAsync(peer.BaseAddress, "the graphql-js peer");
            }
            catch (InvalidOperationException)
            {
                await peer.DisposeAsync();
                throw;
            }
            return (peer, null);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException)
        {
            return (null, "the peer did not run: " + e.Message);
        }
    }

    /// <summary>The peer and the floor must answer the fixture requests with the fixture bytes; checked once before load (wrk checks every answer).</summary>
    private static async Task CheckFixtureAnswersAsync(Uri address, string who)
    {
        using var http = new HttpClient { BaseAddress = address };
        foreach (var name in new[] { "node", "members" })
        {
            var fixtures = Path.Combine(GraphQLJsPeer.Directory, "fixtures");
            var expected = await File.ReadAllBytesAsync(Path.Combine(fixtures, name + ".response.json"));
            var (status, body) = await InProcessService.PostAsync(http, await File.ReadAllBytesAsync(Path.Combine(fixtures, name + ".request.json")));
            if (status != HttpStatusCode.OK || !body.AsSpan().SequenceEqual(expected))
                throw new InvalidOperationException($"{who} does not answer {name}.request.json with {name}.response.json (status {(int)status})");
        }
    }

    /// <summary>The timed runs of each subject, and the checked runs (every body compared) that bracket them.</summary>
    private sealed record Load(Dictionary<string, List<WrkResult>> Timed, List<(string Subject, WrkResult Result)> Checked);

    /// <summary>
    /// A checked warm-up of each subject, then timed runs alternating the subjects run by run (so that a noisy spell
    /// hits all three alike), then a short checked run of each: the timed runs leave bodies unchecked (see
    /// <see cref="Wrk"/>), and the checks before and after show the answers were right throughout.
    /// </summary>
    private static async Task<Load> LoadAsync(string query, List<Subject> subjects, Plan plan)
    {
        var load = new Load(subjects.ToDictionary(s => s.Name, _ => new List<WrkResult>()), []);
        async Task Checked(TimeSpan duration)
        {
            foreach (var s in subjects)
            {
                var (body, expect) = s.Files(query);
                load.Checked.Add((s.Name, await Wrk.RunAsync(s.Address, query, duration, checkBodies: true, body, expect)));
            }
        }

        await Checked(plan.Warmup);
        for (var run = 0; run < plan.Runs; run++)
            foreach (var s in subjects)
            {
                var (body, _) = s.Files(query);
                var result = await Wrk.RunAsync(s.Address, query, plan.WrkDuration, checkBodies: false, body);
                Console.WriteLine($"   wrk {query} {s.Name}: {result.RequestsPerSecond:0} req/s, p50 {result.P50Ms:0.00} ms, p99 {result.P99Ms:0.00} ms{(result.Problem is { } p ? ", " + p : "")}");
                load.Timed[s.Name].Add(result);
            }
        await Checked(TimeSpan.FromSeconds(1));
        return load;
    }

    private static IEnumerable<ResultRow> ReadRows(string label, Load load, string? peerMissing, bool nodeGoals)
    {
        var results = load.Timed;
        var ours = results["ours"];
        var js = results.GetValueOrDefault("graphql-js");
        var floor = results["floor"];
        var all = results.SelectMany(r => r.Value.Select(w => (Subject: r.Key, Result: w))).Concat(load.Checked).ToList();
        var problems = string.Join("; ", all.Where(x => x.Result.Problem is not null).Select(x => $"{x.Subject}: {x.Result.Problem}").Distinct());
        var oursInvalid = all.Any(x => x.Subject == "ours" && x.Result.Problem is not null);
        // Failed checks go on every row they touch; the rest is said once per query.
        var failed = problems.Length > 0 ? $"ANSWERS FAILED THE CHECK ({problems}); " : "";
        Func<double, double, bool>? Goal(Func<double, double, bool> goal, bool peerPresent) =>
            oursInvalid ? (_, _) => false : peerPresent ? goal : null;

        static Measurement Rps(List<WrkResult> r) => new(r.Select(w => w.RequestsPerSecond).ToList(), "req/s");
        static Measurement P50(List<WrkResult> r) => new(r.Select(w => w.P50Ms).ToList(), "ms");
        static Measurement P99(List<WrkResult> r) => new(r.Select(w => w.P99Ms).ToList(), "ms");
        Measurement? Of(List<WrkResult>? r, Func<List<WrkResult>, Measurement> f) => r is null ? null : f(r);

        var stock = results.GetValueOrDefault("graphql-js stock");
        var checkedNote = problems.Length > 0 ? "" : $"every answer was a 200; in the checked runs before and after the timed ones ({load.Checked.Sum(x => x.Result.Requests):N0} answers), every body equalled the checked one byte for byte; ";
        if (nodeGoals)
        {
            yield return new ResultRow($"{label}: requests/s (vs graphql-js)", Rps(ours), StockPeer, Of(stock, Rps),
                "≥ 5× graphql-js", Goal((o, p) => o >= 5 * p, stock is not null),
                failed + checkedNote +
                (stock is null ? $"graphql-js not run: {peerMissing}" : "graphql-js: bench/peers/graphql-js/server.mjs, graphql-http's handler as shipped (parse and validate every request), NODE_ENV=production, one Node process") +
                "; the issue's reference on this machine class: graphql-js about 3,600/s, the floor about 40,000/s");
            yield return new ResultRow($"{label}: requests/s (vs graphql-js with a document cache)", Rps(ours), Peer, Of(js, Rps), "—", null,
                "stricter than the issue's peer: graphql-js skips parse and validate for a query text it has seen, as our executor does (server.mjs --cache)");
        }
        else
        {
            yield return new ResultRow($"{label}: requests/s (vs graphql-js)", Rps(ours), Peer, Of(js, Rps), "—", null,
                failed + checkedNote + (js is null ? $"graphql-js not run: {peerMissing}" : "graphql-js: bench/peers/graphql-js/server.mjs --cache, NODE_ENV=production, one Node process"));
        }
        yield return new ResultRow($"{label}: requests/s (vs floor)", Rps(ours), Floor, Rps(floor),
            nodeGoals ? "≥ 0.5× floor" : "—", nodeGoals ? Goal((o, p) => o >= 0.5 * p, true) : null,
            failed + "the floor parses the JSON request and writes the fixture bytes, no GraphQL (bench/peers/floor.md), in the bench process on Kestrel");
        yield return new ResultRow($"{label}: p50 latency under wrk", P50(ours), Peer, Of(js, P50), "—", null,
            failed + $"floor: {P50(floor).Format()}; closed loop with {Wrk.Connections} connections, so latency at full load");
        yield return new ResultRow($"{label}: p99 latency under wrk", P99(ours), Peer, Of(js, P99), "—", null,
            failed + $"floor: {P99(floor).Format()}");
    }

    /// <summary>
    /// Our p99 when offered half the throughput we reached under wrk: the latency a user sees when the service is busy
    /// but not saturated. The floor is offered the same rate in alternate runs, so that a reader can tell what the
    /// machine and the generator add from what our service adds.
    /// </summary>
    private static async Task<ResultRow> HalfMaxRow(InProcessService service, ReadScenario scenario, FloorServer floor, List<WrkResult> oursUnderWrk, Plan plan)
    {
        const string subject = "node(id): p99 at half max throughput (open loop)";
        var rate = 0.5 * new Measurement(oursUnderWrk.Select(w => w.RequestsPerSecond).ToList(), "req/s").Median;
        var connections = Wrk.Connections;
        var fixtures = Path.Combine(GraphQLJsPeer.Directory, "fixtures");
        var (floorRequest, floorResponse) = (await File.ReadAllBytesAsync(Path.Combine(fixtures, "node.request.json")), await File.ReadAllBytesAsync(Path.Combine(fixtures, "node.response.json")));
        Task<OpenLoopResult> Ours(TimeSpan d) => OpenLoopLoad.RunInChildAsync(service.BaseAddress, scenario.NodeRequest, scenario.NodeResponse, rate, plan.Warmup, d, connections);
        Task<OpenLoopResult> Floor(TimeSpan d) => OpenLoopLoad.RunInChildAsync(floor.BaseAddress, floorRequest, floorResponse, rate, plan.Warmup, d, connections);

        var (ours, atFloor) = (new List<OpenLoopResult>(), new List<OpenLoopResult>());
        for (var i = 0; i < plan.Runs; i++)
        {
            ours.Add(await Ours(plan.WrkDuration));
            atFloor.Add(await Floor(plan.WrkDuration));
            foreach (var (who, r) in new[] { ("ours", ours[^1]), ("floor", atFloor[^1]) })
                Console.WriteLine($"   open loop node {who} at {r.Rate:0}/s: p50 {r.P50Ms:0.00} ms, p99 {r.P99Ms:0.00} ms, generator lag p99 {r.LagP99Ms:0.00} ms, failed {r.Failed}/{r.Sent}");
        }
        static Measurement Of(List<OpenLoopResult> runs, Func<OpenLoopResult, double> f) => new(runs.Select(f).ToList(), "ms");
        var failed = ours.Sum(r => r.Failed) + atFloor.Sum(r => r.Failed);
        return new ResultRow(subject, Of(ours, r => r.P99Ms), "—", null, "≤ 5 ms",
            failed > 0 ? (_, _) => false : (o, _) => o <= 5,
            (failed > 0 ? $"ANSWERS FAILED THE CHECK: {failed} were not a 200 equal to the checked body; " : "") +
            (OpenLoopLoad.NativeGenerator is null ? "our C# open-loop generator (GraphQLReads/OpenLoopLoad.cs; no C compiler here for bench/peers/openloop)" : "our open-loop generator bench/peers/openloop/openloop.c (one thread, epoll, an absolute timer; wrk2's method)") +
            $": {rate:0} requests/s, half of our median under wrk, over {connections} keep-alive HTTP/1.1 connections on raw sockets, each request on connection i mod {connections} (as wrk2), in a process of its own (warmed up for {plan.Warmup.TotalSeconds:0.#} s before each timed run); " +
            $"latency from each request's scheduled start (no coordinated omission); ours p50 {Of(ours, r => r.P50Ms).Format()}; " +
            $"the generator's own lateness (included) p99 {Of(ours, r => r.LagP99Ms).Format()}; the floor at the same rate: p50 {Of(atFloor, r => r.P50Ms).Format()}, p99 {Of(atFloor, r => r.P99Ms).Format()}");
    }

    private static IReadOnlyList<ResultRow> Unmeasured(string why)
    {
        var none = new Measurement([], "");
        return
        [
            new ResultRow("node(id): requests/s (vs graphql-js)", none, Peer, null, "≥ 5× graphql-js", null, why),
            new ResultRow("node(id): requests/s (vs floor)", none, Floor, null, "≥ 0.5× floor", null, why),
            new ResultRow("members(first: 20): requests/s (vs graphql-js)", none, Peer, null, "—", null, why),
            new ResultRow("node(id): p99 at half max throughput (open loop)", none, "—", null, "≤ 5 ms", null, why),
        ];
    }
}
