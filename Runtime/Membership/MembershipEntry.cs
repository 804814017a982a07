using System.Collections.Immutable;
using Orleans.Runtime;

namespace Orleans.Membership;

/// <summary>A silo's life in the membership table, with Orleans' values.</summary>
public enum SiloStatus
{
    None = 0,
    Created = 1,
    Joining = 2,
    Active = 3,
    ShuttingDown = 4,
    Stopping = 5,
    Dead = 6,
}

/// <summary>One silo's vote that another missed its probes.</summary>
public sealed record SuspectVote(SiloAddress Voter, DateTimeOffset Time);

/// <summary>One row of the membership table: a generation of a silo.</summary>
public sealed record MembershipEntry(
    SiloAddress Silo,
    string SiloName,
    string HostName,
    SiloStatus Status,
    ImmutableArray<SuspectVote> SuspectTimes,
    DateTimeOffset StartTime,
    DateTimeOffset IAmAliveTime);

/// <summary>The table's version row: every change to the table bumps it, compare-and-swap on <see cref="VersionEtag"/>.</summary>
public sealed record TableVersion(int Version, string VersionEtag)
{
    /// <summary>The version a write made against this one installs (Orleans passes the next version with the current etag).</summary>
    public TableVersion Next() => this with { Version = Version + 1 };
}

public sealed record MembershipTableData(ImmutableArray<(MembershipEntry Entry, string Etag)> Entries, TableVersion Version)
{
    public (MembershipEntry Entry, string Etag)? Find(SiloAddress silo)
    {
        foreach (var row in Entries)
            if (row.Entry.Silo.Equals(silo)) return row;
        return null;
    }
}
