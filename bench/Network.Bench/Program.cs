using Network.Bench;
using Network.Bench.Groups;

// Usage: Network.Bench [--quick] [--out PATH] [--only GROUP[,GROUP]]
if (args.Contains("--open-loop")) return await Network.Bench.GraphQLReads.OpenLoopLoad.ChildMainAsync(args);
var quick = args.Contains("--quick");
var outPath = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? "bench/RESULTS.md";
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',');
var settings = BenchSettings.From(quick);

var groups = new List<ResultGroup>();
async Task Run(string name, Func<Task<ResultGroup>> group)
{
    if (only is not null && !only.Contains(name, StringComparer.OrdinalIgnoreCase)) return;
    Console.WriteLine($"== {name}");
    var result = await group();
    foreach (var row in result.Rows) Console.WriteLine($"   {row.Subject}: {row.Ours?.Format() ?? "not built yet"} vs {row.PeerName} {row.Peer?.Format() ?? "—"} → {row.Met}");
    groups.Add(result);
}

await Run("grains", () => GrainCallBench.RunAsync(settings));
await Run("writes", () => WriteBench.RunAsync(settings));
await Run("graphql", () => GraphQLBench.RunAsync(settings));
await Run("analytics", () => AnalyticsBench.RunAsync(settings));
await Run("projection", () => ProjectionBench.RunAsync(settings));
await Run("subscriptions", () => SubscriptionBench.RunAsync(settings));

await File.WriteAllTextAsync(outPath, Report.Render(groups, quick));
Console.WriteLine($"Wrote {outPath}");
return 0;
