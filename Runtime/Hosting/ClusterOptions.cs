namespace Orleans.Hosting;

/// <summary>Which cluster a silo or client belongs to and where a silo listens. Bound from "Orleans:Cluster".</summary>
public sealed class ClusterOptions
{
    /// <summary>Silos and clients talk only within one cluster id; the membership table is keyed by it.</summary>
    public string ClusterId { get; set; } = "network";

    /// <summary>A readable name for logs and the membership table; defaults to the machine name and port.</summary>
    public string? SiloName { get; set; }

    /// <summary>The address other silos and clients reach this silo at.</summary>
    public string AdvertisedIPAddress { get; set; } = "127.0.0.1";

    /// <summary>The silo-to-silo TCP port; 0 picks a free one (tests).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>How many times a call that reached a silo which does not own its grain is passed on before it runs where it is.</summary>
    public int MaxForwardCount { get; set; } = 2;
}
