namespace Network.Bench;

/// <summary>Repeated runs of one figure: the report shows the median, with min and max.</summary>
public sealed record Measurement(IReadOnlyList<double> Runs, string Unit)
{
    public double Median
    {
        get
        {
            var sorted = Runs.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }

    public double Min => Runs.Min();
    public double Max => Runs.Max();

    public static async Task<Measurement> RepeatAsync(int runs, string unit, Func<Task<double>> run)
    {
        var results = new List<double>();
        for (var i = 0; i < runs; i++) results.Add(await run());
        return new Measurement(results, unit);
    }

    public string Format() => Runs.Count == 0 ? "—" : $"{Fmt(Median)} {Unit} ({Fmt(Min)}–{Fmt(Max)}, n={Runs.Count})";

    public static string Fmt(double v) => v switch
    {
        >= 1e6 => $"{v / 1e6:0.00}M",
        >= 1e4 => $"{v / 1e3:0.0}k",
        >= 100 => $"{v:0}",
        >= 1 => $"{v:0.00}",
        >= 0.01 or <= 0 => $"{v:0.000}",
        // Sub-10 ms times (degree, BFS on small graphs) would all read 0.000 otherwise.
        _ => $"{v:0.00000}",
    };
}

/// <summary>One row of a results table: our figure against a peer's (or a physical floor's), and the goal.</summary>
/// <remarks>The ratio is always ours / peer; <paramref name="GoalMet"/> says which side of it the goal wants (above 1 for throughputs, below for times).</remarks>
public sealed record ResultRow(
    string Subject, Measurement? Ours, string PeerName, Measurement? Peer, string Goal, Func<double, double, bool>? GoalMet, string? Note = null)
{
    public double? Ratio => Ours is null || Peer is null || Peer.Median == 0 ? null : Ours.Median / Peer.Median;

    public string Met => Ours is null ? "not built yet"
        : GoalMet is null ? "—"
        : GoalMet(Ours.Median, Peer?.Median ?? double.NaN) ? "yes" : "no";
}

public sealed record ResultGroup(string Name, string Description, IReadOnlyList<ResultRow> Rows);
