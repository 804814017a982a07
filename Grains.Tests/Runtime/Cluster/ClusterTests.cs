using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Messaging;
using Orleans.Placement;
using Xunit;

namespace Grains.Tests.Runtime.Cluster;

/// <summary>Several silos and a client in one process over loopback TCP: placement, forwarding, membership changes.</summary>
public sealed class ClusterTests
{
    private static readonly string[] Keys = Enumerable.Range(0, 60).Select(i => "k" + i).ToArray();

    [Fact]
    public async Task Grains_spread_over_three_silos_and_every_silo_reaches_the_one_activation_of_each()
    {
        await using var cluster = new TestCluster();
        var silos = new[] { await cluster.StartSiloAsync("a"), await cluster.StartSiloAsync("b"), await cluster.StartSiloAsync("c") };
        var client = await cluster.StartClientAsync();
        await cluster.WaitForActiveAsync(3);

        var first = new Dictionary<string, Whereabouts>();
        foreach (var key in Keys) first[key] = await TestCluster.Grains(client).GetGrain<IWhereGrain>(key).Where();
        Assert.Equal(["a", "b", "c"], first.Values.Select(w => w.Silo).Distinct().Order());

        foreach (var silo in silos)
        foreach (var key in Keys)
        {
            var again = await TestCluster.Grains(silo).GetGrain<IWhereGrain>(key).Where();
            Assert.Equal(first[key].Silo, again.Silo);
            Assert.Equal(first[key].ActivationId, again.ActivationId);
        }
        foreach (var key in Keys) Assert.Equal(5, (await TestCluster.Grains(client).GetGrain<IWhereGrain>(key).Where()).Calls);
    }

    [Fact]
    public async Task A_grain_calls_a_grain_on_another_silo()
    {
        await using var cluster = new TestCluster();
        await cluster.StartSiloAsync("a");
        await cluster.StartSiloAsync("b");
        var client = await cluster.StartClientAsync();
        await cluster.WaitForActiveAsync(2);
        var grains = TestCluster.Grains(client);
        var where = new Dictionary<string, string>();
        foreach (var key in Keys) where[key] = (await grains.GetGrain<IWhereGrain>(key).Where()).Silo;
        var onA = Keys.First(k => where[k] == "a");
        var onB = Keys.First(k => where[k] == "b");

        var answer = await grains.GetGrain<IWhereGrain>(onA).Call(onB);

        Assert.Equal("b", answer.Silo);
        Assert.Equal(2, answer.Calls);
    }

    [Fact]
    public async Task A_call_that_reaches_the_wrong_silo_is_forwarded_to_the_owner()
    {
        await using var cluster = new TestCluster();
        var a = await cluster.StartSiloAsync("a");
        var b = await cluster.StartSiloAsync("b");
        var client = await cluster.StartClientAsync();
        await cluster.WaitForActiveAsync(2);
        var grains = TestCluster.Grains(client);
        var owner = new Dictionary<string, Whereabouts>();
        foreach (var key in Keys) owner[key] = await grains.GetGrain<IWhereGrain>(key).Where();

        // The client's view goes stale: it believes b alone is active, so it sends a's grains to b.
        var router = client.Services.GetRequiredService<ClusterRouter>();
        router.Ring = new ConsistentRing([TestCluster.Membership(b).LocalSilo!]);
        foreach (var key in Keys.Where(k => owner[k].Silo == "a"))
        {
            var answer = await grains.GetGrain<IWhereGrain>(key).Where();
            Assert.Equal("a", answer.Silo);
            Assert.Equal(owner[key].ActivationId, answer.ActivationId);
        }
    }

    [Fact]
    public async Task A_grain_exception_crosses_the_wire_with_its_type_and_message()
    {
        await using var cluster = new TestCluster();
        await cluster.StartSiloAsync("a");
        var client = await cluster.StartClientAsync();
        await cluster.WaitForActiveAsync(1);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => TestCluster.Grains(client).GetGrain<IWhereGrain>("x").Fail("no such thing"));

        Assert.StartsWith("no such thing", error.Message);
        Assert.Equal("input", error.ParamName);
    }

    [Fact]
    public async Task A_remote_call_that_takes_too_long_fails_with_a_timeout()
    {
        await using var cluster = new TestCluster();
        await cluster.StartSiloAsync("a");
        var client = await cluster.StartClientAsync(o => o.ResponseTimeout = TimeSpan.FromMilliseconds(300));
        await cluster.WaitForActiveAsync(1);

        await Assert.ThrowsAsync<TimeoutException>(() => TestCluster.Grains(client).GetGrain<IWhereGrain>("slow").Sleep(3000));
    }

    [Fact]
    public async Task A_silo_that_leaves_hands_its_grains_to_the_survivors_with_their_state()
    {
        await using var cluster = new TestCluster();
        await cluster.StartSiloAsync("a");
        var b = await cluster.StartSiloAsync("b");
        var client = await cluster.StartClientAsync();
        await cluster.WaitForActiveAsync(2);
        var grains = TestCluster.Grains(client);
        foreach (var key in Keys) await grains.GetGrain<IWhereGrain>(key).Where();

        await cluster.StopAsync(b);
        await cluster.WaitForActiveAsync(1);

        foreach (var key in Keys)
        {
            var answer = await grains.GetGrain<IWhereGrain>(key).Where();
            Assert.Equal("a", answer.Silo);
            Assert.Equal(2, answer.Calls);
        }
    }

    [Fact]
    public async Task A_silo_that_joins_takes_over_its_grains_and_their_old_activations_go()
    {
        await using var cluster = new TestCluster();
        await cluster.StartSiloAsync("a");
        var client = await cluster.StartClientAsync();
        await cluster.WaitForActiveAsync(1);
        var grains = TestCluster.Grains(client);
        var before = new Dictionary<string, Whereabouts>();
        foreach (var key in Keys) before[key] = await grains.GetGrain<IWhereGrain>(key).Where();

        await cluster.StartSiloAsync("b");
        await cluster.WaitForActiveAsync(2);

        var moved = 0;
        foreach (var key in Keys)
        {
            var answer = await grains.GetGrain<IWhereGrain>(key).Where();
            Assert.Equal(2, answer.Calls);
            if (answer.Silo == "b")
            {
                moved++;
                Assert.NotEqual(before[key].ActivationId, answer.ActivationId);
            }
        }
        Assert.InRange(moved, 1, Keys.Length - 1);
    }

    [Fact]
    public async Task A_client_with_no_active_silo_fails_fast_with_silo_unavailable()
    {
        await using var cluster = new TestCluster();
        var client = await cluster.StartClientAsync();

        await Assert.ThrowsAsync<SiloUnavailableException>(() => TestCluster.Grains(client).GetGrain<IWhereGrain>("x").Where());
    }
}
