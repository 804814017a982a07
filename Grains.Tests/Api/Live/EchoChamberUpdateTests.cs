using System.Text.Json;
using Grains.Tests.Api.Schema;
using Microsoft.Extensions.DependencyInjection;
using Network.Silo.Live;

namespace Grains.Tests.Api.Live;

/// <summary>echoChamberUpdated: one recomputed report per burst of changes to the scope, none for changes elsewhere.</summary>
public sealed class EchoChamberUpdateTests
{
    [LiveClientFact]
    public async Task A_burst_of_changes_in_the_scope_gives_one_report_and_changes_outside_it_or_hidden_from_the_viewer_give_none()
    {
        await using var live = await LiveService.StartAsync(new() { ["Live:EchoChamberDebounce"] = "00:00:01" });
        var c = live.GraphQL;
        var updates = live.Service.Services.GetRequiredService<EchoChamberUpdates>();
        var community = await c.CreateCommunity("ID");
        var members = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var user = await c.CreateUser(country: i % 2 == 0 ? "ID" : "PH", leaning: i % 2 == 0 ? -0.5 : 0.5);
            await c.Join(user, community);
            members.Add(user);
        }
        for (var i = 0; i < members.Count; i++) await c.Follow(members[i], members[(i + 1) % members.Count]);
        var outsiders = new[] { await c.CreateUser(country: "ID", leaning: 0.2), await c.CreateUser(country: "PH", leaning: -0.2) };
        var hidden = await c.CreateUser(country: "PH", leaning: 0.9);

        await live.Client.WsSubscribeAsync("echo", "subscription($scope: ScopeInput) { echoChamberUpdated(scope: $scope, attribute: COUNTRY) { graphVersion userCount tieCount eiIndex } }",
            new { scope = new { communityId = community } });
        await live.SubscribersAsync(1);
        var before = updates.Recomputations;

        // Outside the scope: ties between non-members, a private member (anonymous viewers do not see it), other kinds of change.
        await c.Follow(outsiders[0], outsiders[1]);
        await c.Join(hidden, community, "PRIVATE");
        await c.Follow(hidden, members[0]);
        await c.CreateCommunity("PH");
        Assert.Empty(await live.Client.CollectAsync("echo", TimeSpan.FromSeconds(2.5)));
        Assert.Equal(before, updates.Recomputations);

        // A burst inside it: one report, at the last change's version.
        long last = 0;
        for (var i = 0; i < 4; i++) last = await c.Follow(members[i], members[(i + 3) % members.Count]);
        var reports = await live.Client.CollectAsync("echo", TimeSpan.FromSeconds(3));
        var report = Assert.Single(reports).GetProperty("data").GetProperty("echoChamberUpdated");
        Assert.Equal(before + 1, updates.Recomputations);
        Assert.True(report.GetProperty("graphVersion").GetInt64() >= last);
        Assert.Equal(8, report.GetProperty("userCount").GetInt32());
        Assert.Equal(12, report.GetProperty("tieCount").GetInt32());

        // The report equals what a query at that version answers.
        var queried = await c.DataAsync("query($scope: ScopeInput) { echoChamber(scope: $scope, attribute: COUNTRY) { graphVersion tieCount eiIndex } }",
            new { scope = new { communityId = community } });
        Assert.Equal(report.GetProperty("eiIndex").GetDouble(), queried.GetProperty("echoChamber").GetProperty("eiIndex").GetDouble(), 12);
    }
}
