using Analytics.Generation;
using Grains.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Common;
using Network.Grains.Users;
using Network.Silo.Import;
using Network.Silo.Projection;
using Network.Silo.Storage;

namespace Grains.Tests.Silo;

public sealed class BulkImportTests
{
    [Theory, SqliteData, PostgresData]
    public async Task An_import_writes_what_grains_would_and_the_grains_carry_on_from_it(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var network = SocialNetworkGenerator.Generate(new GeneratorOptions(Seed: 5, Ties: 3000));
        var result = await silo.Services.GetRequiredService<BulkImporter>().ImportAsync(network);

        await GraphAssert.EventLogIsGapFreeAsync(silo);
        Assert.Equal(network.UserCount + network.CommunityKind.Length + network.MovementCountry.Length, await silo.Reader.CountRowsAsync("nodes"));
        Assert.Equal(network.CollaborationKind.Length, await silo.Reader.CountRowsAsync("collaborations"));
        // Every interaction is an event; a repeated follow is not.
        var follows = Enumerable.Range(0, network.TieCount).Where(t => network.TieKind[t] == GeneratedNetwork.Follow)
            .Select(t => (network.TieSource[t], network.TieTarget[t])).Distinct().Count();
        var events = await silo.Reader.ReadEventsAsync(0, int.MaxValue);
        Assert.Equal(follows, events.Count(e => e.Kind == "FOLLOWED"));
        Assert.Equal(network.TieKind.Count(k => k == GeneratedNetwork.Interaction), events.Count(e => e.Kind == "INTERACTED"));

        // The tailing projection and a fresh load agree.
        var tailed = await silo.Services.GetRequiredService<ProjectionService>().WaitForVersionAsync(result.GraphVersion);
        var loaded = await silo.Services.GetRequiredService<ProjectionLoader>().LoadAsync();
        Assert.Equal(loaded.Read(p => p.Edges(EdgeKind.Follows).Count + p.Edges(EdgeKind.InteractedWith).Count),
            tailed.Read(p => p.Edges(EdgeKind.Follows).Count + p.Edges(EdgeKind.InteractedWith).Count));

        // Imported users are real grains: their state loads and their next write passes the ETag check.
        var user = silo.Grains.GetGrain<IUserGrain>(result.UserIds[0]);
        Assert.Equal("user_0", (await user.GetProfile())!.Handle);
        var newcomer = await silo.Grains.NewUser();
        Assert.Equal(result.GraphVersion + 2, await user.Follow(newcomer.Id));

        // The reverse edge index, which the import builds after the rows, is there.
        var dialect = silo.Services.GetRequiredService<SqlDialect>();
        await using (var connection = await dialect.OpenAsync())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = dialect.Provider == StorageProvider.Sqlite
                ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'edges_by_target'"
                : "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'edges_by_target' AND schemaname = current_schema()";
            Assert.Equal(1L, Convert.ToInt64(await command.ExecuteScalarAsync()));
        }

        var again = await Assert.ThrowsAsync<InvalidOperationException>(() => silo.Services.GetRequiredService<BulkImporter>().ImportAsync(network));
        Assert.Contains("not empty", again.Message);
    }
}
