namespace Orleans.Membership;

/// <summary>Failure detection and table upkeep, with Orleans' defaults (ClusterMembershipOptions). Bound from "Orleans:Membership".</summary>
public sealed class ClusterMembershipOptions
{
    /// <summary>How many other silos each silo probes.</summary>
    public int NumProbedSilos { get; set; } = 3;

    /// <summary>A probe is sent this often, and missed when no answer comes within it.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Missed probes in a row after which the prober votes the silo suspect.</summary>
    public int NumMissedProbesLimit { get; set; } = 3;

    /// <summary>Fresh votes that declare a silo dead (at most the number of other active silos).</summary>
    public int NumVotesForDeathDeclaration { get; set; } = 2;

    /// <summary>Votes older than this no longer count.</summary>
    public TimeSpan DeathVoteExpirationTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan IAmAlivePublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The table is re-read this often even without gossip.</summary>
    public TimeSpan TableRefreshTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Dead rows older than this are deleted when a silo joins.</summary>
    public TimeSpan DefunctSiloExpiration { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How many times a conflicting table write is retried against a fresh read.</summary>
    public int MaxWriteAttempts { get; set; } = 10;
}
