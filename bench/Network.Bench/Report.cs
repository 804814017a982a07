using System.Text;

namespace Network.Bench;

/// <summary>Writes bench/RESULTS.md: one table per group, with the machine, the date and the commit.</summary>
public static class Report
{
    public static string Render(IReadOnlyList<ResultGroup> groups, bool quick)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Benchmark results");
        sb.AppendLine();
        sb.AppendLine("Written by `bench/run.sh`" + (quick ? " in `--quick` mode (short runs: for keeping the harness alive, not for judging speed)." : "."));
        sb.AppendLine("Each figure is the median of several runs, with min–max and the run count. Ratio = ours / peer.");
        sb.AppendLine();
        sb.AppendLine($"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        sb.AppendLine($"- Commit: {Environment.GetEnvironmentVariable("BENCH_COMMIT") ?? "unknown"}");
        sb.AppendLine($"- Machine: {Environment.ProcessorCount} cores, {MemoryGiB():0.0} GiB, {CpuModel()}");
        sb.AppendLine($"- Runtime: .NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, " +
            $"DATAS {(AppContext.GetData("System.GC.DynamicAdaptationMode") is 0 or "0" ? "off (as Api ships)" : "on")}, " +
            $"background GC {(AppContext.GetData("System.GC.Concurrent") is false or "false" ? "off" : "on (as Api ships)")}, " +
            $"RetainVM {(AppContext.GetData("System.GC.RetainVM") is true or "true" ? "on (as Api ships)" : "off")}, " +
            $"LOH threshold {LohThreshold()}");
        foreach (var group in groups)
        {
            sb.AppendLine();
            sb.AppendLine($"## {group.Name}");
            sb.AppendLine();
            sb.AppendLine(group.Description);
            sb.AppendLine();
            sb.AppendLine("| subject | ours | peer | peer's figure | ratio | goal | met |");
            sb.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var row in group.Rows)
            {
                var ratio = row.Ratio is { } r ? $"{r:0.000}" : "—";
                sb.AppendLine($"| {row.Subject} | {row.Ours?.Format() ?? "not built yet"} | {row.PeerName} | {row.Peer?.Format() ?? "—"} | {ratio} | {row.Goal} | {row.Met} |");
            }
            var notes = group.Rows.Where(r => r.Note is not null).ToList();
            if (notes.Count > 0)
            {
                sb.AppendLine();
                foreach (var row in notes) sb.AppendLine($"- {row.Subject}: {row.Note}");
            }
        }
        return sb.ToString();
    }

    // The GC's own view, so a DOTNET_GCLOHThreshold from the environment shows as well as the runtimeconfig's.
    private static string LohThreshold()
    {
        var bytes = GC.GetConfigurationVariables().TryGetValue("LOHThreshold", out var v) ? Convert.ToInt64(v) : 85_000;
        return $"{bytes:N0} bytes{(bytes == 2 * 1024 * 1024 ? " (as Api ships)" : "")}";
    }

    private static double MemoryGiB()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:"));
            return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024 / 1024;
        }
        catch (IOException)
        {
            return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024;
        }
    }

    private static string CpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }
}
