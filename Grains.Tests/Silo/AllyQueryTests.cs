using Grains.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Network.Grains.Common;
using Network.Grains.Communities;
using Network.Grains.Movements;
using Network.Grains.Users;
using Network.Silo.Queries;

namespace Grains.Tests.Silo;

public sealed class AllyQueryTests
{
    /// <summary>
    /// Movement M (ID; climate, water) has supporters s0..s5. Community A (ID; climate) holds s0..s3, s3 privately;
    /// B (PH; housing) holds s4 and ten strangers; C (KE; climate, water) shares topics only; D is already part of M;
    /// F (BR) has nothing in common. By hand: A leads on shared people; F is not a candidate; D is not listed.
    /// </summary>
    [Fact]
    public async Task Communities_sharing_people_and_topics_rank_first_and_filters_apply()
    {
        await using var silo = await GraphSilo.StartAsync("Sqlite");
        var g = silo.Grains;
        var m = (await g.GetGrain<IMovementGrain>(NodeIds.New()).Create(new CreateMovement("Water for all", "ID", [], ["climate", "water"]))).Movement.Id;
        async Task<string> Community(string country, params string[] topics) =>
            (await g.GetGrain<ICommunityGrain>(NodeIds.New()).Create(new CreateCommunity("c" + Guid.NewGuid().ToString("N")[..6], CommunityKind.Advocacy, country, null, [.. topics]))).Community.Id;
        var a = await Community("ID", "climate");
        var b = await Community("PH", "housing");
        var c = await Community("KE", "climate", "water");
        var d = await Community("ID", "climate");
        var f = await Community("BR", "knitting");
        await g.GetGrain<ICommunityGrain>(d).JoinMovement(m);

        var supporters = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var s = (await g.NewUser()).Id;
            supporters.Add(s);
            await g.GetGrain<IUserGrain>(s).SupportMovement(m, Visibility.Public);
        }
        for (var i = 0; i < 4; i++) await g.GetGrain<IUserGrain>(supporters[i]).JoinCommunity(a, i == 3 ? Visibility.Private : Visibility.Public);
        await g.GetGrain<IUserGrain>(supporters[4]).JoinCommunity(b, Visibility.Public);
        for (var i = 0; i < 10; i++) await g.GetGrain<IUserGrain>((await g.NewUser()).Id).JoinCommunity(b, Visibility.Public);
        var last = await g.GetGrain<IUserGrain>((await g.NewUser()).Id).JoinCommunity(f, Visibility.Public);

        var queries = silo.Services.GetRequiredService<GraphQueries>();
        var anonymous = await queries.AlliedCommunitiesAsync(long.Parse(m), 10, false, last, Viewer.Anonymous);
        var ids = anonymous.Candidates.Select(x => x.CommunityId).ToList();

        Assert.Equal(long.Parse(a), ids[0]);
        Assert.DoesNotContain(long.Parse(d), ids);
        Assert.DoesNotContain(long.Parse(f), ids);
        Assert.Contains(long.Parse(b), ids);
        Assert.Contains(long.Parse(c), ids);
        var first = anonymous.Candidates[0];
        Assert.Equal(3, first.SharedMembers);              // s3's membership is private
        Assert.Equal(["climate"], first.SharedTopics);
        Assert.False(first.CrossBorder);
        var topicsOnly = anonymous.Candidates.Single(x => x.CommunityId == long.Parse(c));
        Assert.Equal(0, topicsOnly.SharedMembers);
        Assert.Equal(["climate", "water"], topicsOnly.SharedTopics);
        Assert.All(anonymous.Candidates, x => Assert.InRange(x.Score, 0, 1));

        var member = await queries.AlliedCommunitiesAsync(long.Parse(m), 10, false, last, new Viewer(Visibility.Private));
        Assert.Equal(4, member.Candidates[0].SharedMembers);

        var abroad = await queries.AlliedCommunitiesAsync(long.Parse(m), 10, true, last, Viewer.Anonymous);
        Assert.All(abroad.Candidates, x => Assert.True(x.CrossBorder));
        Assert.DoesNotContain(long.Parse(a), abroad.Candidates.Select(x => x.CommunityId));

        var one = await queries.AlliedCommunitiesAsync(long.Parse(m), 1, false, last, Viewer.Anonymous);
        Assert.Single(one.Candidates);
        var missing = await Assert.ThrowsAsync<GraphException>(() => queries.AlliedCommunitiesAsync(long.Parse(a), 10, false, last, Viewer.Anonymous));
        Assert.Equal(ErrorCodes.NotFound, missing.Code);
    }
}
