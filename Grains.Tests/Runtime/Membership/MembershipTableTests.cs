using System.Net;
using Grains.Tests.Silo;
using Microsoft.Extensions.Logging.Abstractions;
using Network.Silo.Membership;
using Orleans.Membership;
using Orleans.Runtime;
using Xunit;

namespace Grains.Tests.Runtime.Membership;

/// <summary>The membership table's contract, on the in-memory table and on PostgreSQL: compare-and-swap on version and etag.</summary>
public sealed class MembershipTableTests
{
    public sealed class MemoryDataAttribute : Xunit.Sdk.DataAttribute
    {
        public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [["Memory"]];
    }

    public static Task<IMembershipTable> TableAsync(string provider) => TableAsync(provider, "t-" + Guid.NewGuid().ToString("N"));

    /// <summary>A fresh table; on PostgreSQL a unique cluster id keeps tests apart in the one database.</summary>
    public static async Task<IMembershipTable> TableAsync(string provider, string clusterId)
    {
        IMembershipTable table = provider == "Memory"
            ? new InMemoryMembershipTable()
            : new PostgresMembershipTable(PostgresServer.ConnectionString, clusterId, NullLogger<PostgresMembershipTable>.Instance);
        await table.InitializeMembershipTable(true);
        return table;
    }

    public static MembershipEntry Entry(int port, SiloStatus status = SiloStatus.Joining, int generation = 1)
    {
        var now = DateTimeOffset.UtcNow;
        now = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        return new MembershipEntry(new SiloAddress(new IPEndPoint(IPAddress.Loopback, port), generation), "s" + port, "host", status, [], now, now);
    }

    [Theory]
    [MemoryData]
    [PostgresData]
    public async Task Rows_are_inserted_and_updated_only_from_the_version_and_etag_read(string provider)
    {
        var table = await TableAsync(provider);
        var empty = await table.ReadAll();
        Assert.Empty(empty.Entries);

        Assert.True(await table.InsertRow(Entry(1), empty.Version.Next()));
        Assert.False(await table.InsertRow(Entry(2), empty.Version.Next()), "a second insert from the same read loses");

        var one = await table.ReadAll();
        Assert.Equal(empty.Version.Version + 1, one.Version.Version);
        var (entry, etag) = Assert.Single(one.Entries);
        Assert.Equal(Entry(1).Silo, entry.Silo);
        Assert.Equal(SiloStatus.Joining, entry.Status);

        var vote = new SuspectVote(Entry(2).Silo, entry.StartTime);
        Assert.True(await table.UpdateRow(entry with { Status = SiloStatus.Active, SuspectTimes = [vote] }, etag, one.Version.Next()));
        Assert.False(await table.UpdateRow(entry with { Status = SiloStatus.Dead }, etag, one.Version.Next()), "a stale version loses");

        var two = await table.ReadAll();
        Assert.False(await table.UpdateRow(entry with { Status = SiloStatus.Dead }, etag, two.Version.Next()), "a stale etag loses");
        var (now, _) = Assert.Single(two.Entries);
        Assert.Equal(SiloStatus.Active, now.Status);
        Assert.Equal(vote, Assert.Single(now.SuspectTimes));
        Assert.Equal(two.Version, (await table.ReadAll()).Version);
    }

    [Theory]
    [MemoryData]
    [PostgresData]
    public async Task Of_two_writers_racing_from_one_read_exactly_one_wins(string provider)
    {
        var table = await TableAsync(provider);
        var read = await table.ReadAll();

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => table.InsertRow(Entry(i), read.Version.Next())));

        Assert.Equal(1, results.Count(r => r));
        Assert.Single((await table.ReadAll()).Entries);
    }

    [Theory]
    [MemoryData]
    [PostgresData]
    public async Task IAmAlive_changes_only_the_time_and_cleanup_removes_only_old_dead_rows(string provider)
    {
        var table = await TableAsync(provider);
        var read = await table.ReadAll();
        await table.InsertRow(Entry(1, SiloStatus.Active), read.Version.Next());
        read = await table.ReadAll();
        await table.InsertRow(Entry(2, SiloStatus.Dead) with { IAmAliveTime = DateTimeOffset.UtcNow.AddDays(-8) }, read.Version.Next());
        read = await table.ReadAll();
        var later = DateTimeOffset.UtcNow.AddMinutes(1);
        later = new DateTimeOffset(later.Ticks - later.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

        await table.UpdateIAmAlive(Entry(1) with { IAmAliveTime = later, Status = SiloStatus.Dead });
        await table.CleanupDefunctSiloEntries(DateTimeOffset.UtcNow.AddDays(-7));

        var after = await table.ReadAll();
        var (entry, _) = Assert.Single(after.Entries);
        Assert.Equal(SiloStatus.Active, entry.Status);
        Assert.Equal(later, entry.IAmAliveTime);
        Assert.Equal(read.Version, after.Version);
    }

    [Theory]
    [PostgresData]
    public async Task Silos_starting_together_initialize_one_table_and_one_version_row(string provider)
    {
        Assert.Equal("PostgreSql", provider);
        var clusterId = "t-" + Guid.NewGuid().ToString("N");
        var tables = Enumerable.Range(0, 5)
            .Select(_ => new PostgresMembershipTable(PostgresServer.ConnectionString, clusterId, NullLogger<PostgresMembershipTable>.Instance))
            .ToArray();

        await Task.WhenAll(tables.Select(t => t.InitializeMembershipTable(true)));
        var read = await tables[0].ReadAll();
        Assert.True(await tables[1].InsertRow(Entry(1), read.Version.Next()));
        await tables[2].InitializeMembershipTable(true); // a late starter resets nothing

        var after = await tables[3].ReadAll();
        Assert.Equal(read.Version.Version + 1, after.Version.Version);
        Assert.Single(after.Entries);
    }

    [Theory]
    [MemoryData]
    [PostgresData]
    public async Task Deleting_a_clusters_entries_empties_it(string provider)
    {
        var clusterId = "t-" + Guid.NewGuid().ToString("N");
        var table = await TableAsync(provider, clusterId);
        var other = await TableAsync(provider, "t-" + Guid.NewGuid().ToString("N"));
        var read = await table.ReadAll();
        Assert.True(await table.InsertRow(Entry(1), read.Version.Next()));
        Assert.True(await other.InsertRow(Entry(1), (await other.ReadAll()).Version.Next()));

        await table.DeleteMembershipTableEntries(clusterId);
        await table.InitializeMembershipTable(true);

        Assert.Empty((await table.ReadAll()).Entries);
        Assert.Single((await other.ReadAll()).Entries); // another cluster in the same database is untouched
    }
}
