using Grains.Tests.Grains;
using Grains.Tests.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Common;
using Network.Grains.Users;
using Network.Silo.Storage;

namespace Grains.Tests.Silo;

public sealed class StorageTests
{
    [Theory, SqliteData, PostgresData]
    public async Task A_stale_etag_write_throws_and_does_not_overwrite(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        await StaleWriteContract.AssertStaleWriteRejected(silo.Services.GetRequiredService<AdoNetGrainStorage>());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Migrating_again_changes_nothing(string provider)
    {
        string location;
        await using (var silo = await GraphSilo.StartAsync(provider, keepData: true))
        {
            await silo.Grains.NewUser("kept_user");
            location = silo.Location;
            await silo.Services.GetRequiredService<Schema>().MigrateAsync();
            await silo.Services.GetRequiredService<Schema>().MigrateAsync();
        }
        await using var again = await GraphSilo.StartAsync(provider, location);
        Assert.Equal(1, await again.Reader.CountRowsAsync("nodes"));
        Assert.Equal(1, await again.Reader.GetGraphVersionAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Concurrent_writes_share_transactions_and_get_contiguous_versions(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var queue = silo.Services.GetRequiredService<CommitQueue>();
        var users = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => silo.Grains.NewUser()));
        var before = queue.Transactions;

        var versions = await Task.WhenAll(users.Select((u, i) =>
            silo.Grains.GetGrain<IUserGrain>(u.Id).Follow(users[(i + 1) % users.Length].Id)));

        Assert.Equal(versions.Length, versions.Distinct().Count());
        Assert.True(queue.Transactions - before < versions.Length, $"{queue.Transactions - before} transactions for {versions.Length} writes: no batching");
        await GraphAssert.EventLogIsGapFreeAsync(silo);
    }

    [Fact]
    public async Task The_sqlite_database_is_in_wal_mode_under_the_data_directory()
    {
        await using var silo = await GraphSilo.StartAsync("Sqlite");
        Assert.True(File.Exists(Path.Combine(silo.Location, "network.db")));
        await using var connection = await silo.Services.GetRequiredService<SqlDialect>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public void The_country_list_is_complete_and_strict()
    {
        Assert.Equal(249, CountryCodes.Count);
        Assert.True(CountryCodes.IsValid("ID"));
        Assert.True(CountryCodes.IsValid("SS"));
        Assert.False(CountryCodes.IsValid("id"));
        Assert.False(CountryCodes.IsValid("UK"));
        Assert.False(CountryCodes.IsValid("EU"));
        Assert.False(CountryCodes.IsValid("IDN"));
        Assert.False(CountryCodes.IsValid(null));
    }
}
