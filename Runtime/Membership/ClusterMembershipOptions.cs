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

    /// <summary>How often a silo stamps its row's IAmAlive time (a liveness hint for operators and clients, not a vote).</summary>
    public TimeSpan IAmAlivePublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// IAmAlive stamps a silo may miss before its votes stop counting it: an active silo whose stamp is older than
    /// IAmAlivePublishTimeout times this is left out of the majority that declares a silo dead (Orleans' AllowedIAmAliveMissPeriod).
    /// </summary>
    public int NumMissedTableIAmAliveLimit { get; set; } = 2;

    /// <summary>The table is re-read this often even without gossip.</summary>
    public TimeSpan TableRefreshTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>A silo that cannot join within this (the table unreachable, or always changing) gives up and fails to start.</summary>
    public TimeSpan MaxJoinAttemptTime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Dead rows older than this are deleted when a silo joins.</summary>
    public TimeSpan DefunctSiloExpiration { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How many times a conflicting table write is retried against a fresh read.</summary>
    public int MaxWriteAttempts { get; set; } = 10;
}
