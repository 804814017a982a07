using System.Collections.Concurrent;
using System.Diagnostics;
using Grains.Tests.Silo;
using Network.Grains.Common;
using Network.Grains.Users;
using Orleans;
using Xunit;

namespace Grains.Tests.Silo.Cluster;

/// <summary>
/// Three silo processes and a client on loopback with PostgreSQL: the cluster tests of issue 6. Slow by nature
/// (processes start, die and restart), so they are few and tagged.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SiloClusterTests
{
    private const int Users = 45;

    [Theory]
    [PostgresData]
    public async Task Three_silos_spread_the_grains_and_report_membership(string provider)
    {
        _ = provider;
        await using var cluster = await SiloProcessCluster.CreateAsync();
        await Task.WhenAll(cluster.StartSiloAsync(0), cluster.StartSiloAsync(1), cluster.StartSiloAsync(2));
        var grains = await cluster.StartClientAsync();
        await WaitForActiveAsync(cluster, 3);

        var ids = await CreateUsersAsync(grains, Users);

        foreach (var index in new[] { 0, 1, 2 })
        {
            var membership = await cluster.MembershipOfAsync(index);
            Assert.Equal("silo", membership.GetProperty("mode").GetString());
            Assert.Equal(3, membership.GetProperty("active").GetArrayLength());
            // Every silo took a share of the users (and of the grains they checked while creating).
            Assert.True(membership.GetProperty("activations").GetInt32() > 0, $"silo{index} hosts no grain.\n{cluster.Output}");
        }
        foreach (var id in ids) Assert.NotNull(await grains.GetGrain<IUserGrain>(id).GetProfile());
    }

    [Theory]
    [PostgresData]
    public async Task A_killed_silo_leaves_every_grain_reachable_within_15_seconds_and_no_acknowledged_write_lost(string provider)
    {
        _ = provider;
        await using var cluster = await SiloProcessCluster.CreateAsync();
        var (grains, ids) = await StartThreeSilosWithUsersAsync(cluster);

        using var stop = new CancellationTokenSource();
        var acknowledged = new ConcurrentBag<(string From, string To)>();
        var writer = WriteFollowsAsync(grains, ids, acknowledged, stop.Token);
        await Task.Delay(500);

        cluster.Kill(1);
        var clock = Stopwatch.StartNew();
        await cluster.WaitUntilAsync(() => AllReachableAsync(grains, ids), TimeSpan.FromSeconds(15), "every grain to answer after the kill");
        var recovered = clock.Elapsed;
        await Task.Delay(500);
        await stop.CancelAsync();
        await writer;

        Assert.True(recovered < TimeSpan.FromSeconds(15), $"Recovery took {recovered}.");
        await AssertEveryAcknowledgedFollowStoredAsync(cluster, acknowledged);
        await WaitForActiveAsync(cluster, 2);
    }

    [Theory]
    [PostgresData]
    public async Task After_a_rolling_restart_of_all_three_silos_the_cluster_serves_every_grain(string provider)
    {
        _ = provider;
        await using var cluster = await SiloProcessCluster.CreateAsync();
        var (grains, ids) = await StartThreeSilosWithUsersAsync(cluster);

        using var stop = new CancellationTokenSource();
        var acknowledged = new ConcurrentBag<(string From, string To)>();
        var writer = WriteFollowsAsync(grains, ids, acknowledged, stop.Token);
        foreach (var index in new[] { 0, 1, 2 })
        {
            await cluster.StopGracefullyAsync(index);
            await cluster.StartSiloAsync(index);
            await WaitForActiveAsync(cluster, 3);
        }
        await stop.CancelAsync();
        await writer;

        Assert.True(await AllReachableAsync(grains, ids), cluster.Output);
        await AssertEveryAcknowledgedFollowStoredAsync(cluster, acknowledged);
        // Every generation of every silo is in the table: three restarted ones dead, three live ones active.
        Assert.Equal(3, await cluster.ScalarAsync("SELECT count(*) FROM orleans_membership WHERE status = 3"));
        Assert.Equal(3, await cluster.ScalarAsync("SELECT count(*) FROM orleans_membership WHERE status = 6"));
    }

    [Theory]
    [PostgresData]
    public async Task The_Api_as_a_cluster_client_serves_mutations_and_queries_from_the_silos(string provider)
    {
        await using var cluster = await SiloProcessCluster.CreateAsync();
        await Task.WhenAll(cluster.StartSiloAsync(0), cluster.StartSiloAsync(1));
        await using var api = await global::Grains.Tests.Api.Schema.NetworkService.StartAsync(provider, cluster.ClientSettings);

        var created = await api.Client.DataAsync("""mutation { createUser(input: {handle: "ana_cluster", displayName: "Ana"}) { user { id handle } graphVersion } }""");
        var id = created.GetProperty("createUser").GetProperty("user").GetProperty("id").GetString();
        var read = await api.Client.DataAsync($$"""{ node(id: "{{id}}") { ... on User { handle } } }""");

        Assert.Equal("ana_cluster", read.GetProperty("node").GetProperty("handle").GetString());
        var membership = System.Text.Json.JsonDocument.Parse(await api.Http.GetStringAsync("/health/membership")).RootElement;
        Assert.Equal("client", membership.GetProperty("mode").GetString());
        Assert.Equal(2, membership.GetProperty("active").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, membership.GetProperty("activations").ValueKind); // the Api hosts no grain
    }

    [Theory]
    [PostgresData]
    public async Task An_Api_whose_cluster_has_no_live_silo_answers_UNAVAILABLE_and_writes_nothing(string provider)
    {
        await using var cluster = await SiloProcessCluster.CreateAsync(); // no silo started
        await using var api = await global::Grains.Tests.Api.Schema.NetworkService.StartAsync(provider, cluster.ClientSettings);

        var response = await api.Client.PostAsync("""mutation { createUser(input: {handle: "nobody_home", displayName: "N"}) { user { id } } }""");

        Assert.Equal(["UNAVAILABLE"], response.Codes);
        Assert.Contains("retry", response.Errors[0].GetProperty("message").GetString());
        Assert.Equal(0, await cluster.ScalarAsync("SELECT count(*) FROM nodes"));
    }

    private static async Task AssertEveryAcknowledgedFollowStoredAsync(SiloProcessCluster cluster, ConcurrentBag<(string From, string To)> acknowledged)
    {
        Assert.NotEmpty(acknowledged);
        foreach (var (from, to) in acknowledged)
            Assert.Equal(1, await cluster.ScalarAsync("SELECT count(*) FROM edges WHERE kind = 1 AND source = @s AND target = @t",
                ("s", long.Parse(from)), ("t", long.Parse(to))));
    }

    /// <summary>Three silo processes, a client that sees them all, and <see cref="Users"/> users created through it.</summary>
    private static async Task<(IGrainFactory Grains, string[] Ids)> StartThreeSilosWithUsersAsync(SiloProcessCluster cluster)
    {
        await Task.WhenAll(cluster.StartSiloAsync(0), cluster.StartSiloAsync(1), cluster.StartSiloAsync(2));
        var grains = await cluster.StartClientAsync();
        await WaitForActiveAsync(cluster, 3);
        return (grains, await CreateUsersAsync(grains, Users));
    }

    private static async Task WaitForActiveAsync(SiloProcessCluster cluster, int active) =>
        await cluster.WaitUntilAsync(() => Task.FromResult(cluster.ClientMembership.CurrentView.ActiveSilos.Length == active),
            TimeSpan.FromSeconds(30), $"the client to see {active} active silos");

    private static async Task<string[]> CreateUsersAsync(IGrainFactory grains, int count)
    {
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = NodeIds.New();
            var handle = "u" + Guid.NewGuid().ToString("N")[..12];
            await grains.GetGrain<IUserGrain>(ids[i]).Create(new CreateUser(handle, "User " + i, null, [], null));
        }
        return ids;
    }

    private static async Task<bool> AllReachableAsync(IGrainFactory grains, string[] ids)
    {
        try
        {
            foreach (var id in ids)
                if (await grains.GetGrain<IUserGrain>(id).GetProfile() is null) return false;
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>Follows between users, one after another, remembering each one the cluster acknowledged.</summary>
    private static async Task WriteFollowsAsync(IGrainFactory grains, string[] ids, ConcurrentBag<(string, string)> acknowledged, CancellationToken stop)
    {
        var n = 0;
        while (!stop.IsCancellationRequested)
        {
            var from = ids[n % ids.Length];
            var to = ids[(n / ids.Length + 1 + n) % ids.Length];
            n++;
            if (from == to) continue;
            try
            {
                await grains.GetGrain<IUserGrain>(from).Follow(to);
                acknowledged.Add((from, to));
            }
            catch (Exception)
            {
                // Not acknowledged: the caller knows it may not have happened, so it proves nothing either way.
                await Task.Delay(20, CancellationToken.None);
            }
        }
    }
}
