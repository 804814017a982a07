namespace Orleans.Membership;

/// <summary>
/// Where a cluster records its silos, in the shape of Orleans' IMembershipTable. Every change of a row is a
/// compare-and-swap twice over: on the table's version row (the caller passes <c>version.Next()</c> of the version it
/// read) and on the row's own etag. A write that loses the race returns false and changes nothing.
/// </summary>
public interface IMembershipTable
{
    /// <summary>Creates the table (and its version row when <paramref name="tryInitTableVersion"/>) if missing; safe to race.</summary>
    Task InitializeMembershipTable(bool tryInitTableVersion);

    Task<MembershipTableData> ReadAll();

    Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion);

    Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion);

    /// <summary>Writes only the row's IAmAlive time: no version bump, no etag check (a liveness stamp, not a change).</summary>
    Task UpdateIAmAlive(MembershipEntry entry);

    /// <summary>Deletes dead rows whose IAmAlive is older than <paramref name="beforeDate"/>.</summary>
    Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate);

    Task DeleteMembershipTableEntries(string clusterId);
}
