namespace Network.Bench;

public sealed record BenchSettings(bool Quick, int Runs, TimeSpan Duration, TimeSpan Warmup)
{
    public static BenchSettings From(bool quick) => quick
        ? new BenchSettings(true, 3, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(500))
        : new BenchSettings(false, 5, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2));
}
