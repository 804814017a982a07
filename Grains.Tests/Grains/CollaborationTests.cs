using Grains.Tests.Silo;
using Network.Grains.Common;
using Network.Grains.Communities;
using Network.Grains.Movements;

namespace Grains.Tests.Grains;

public sealed class CollaborationTests
{
    [Theory, SqliteData, PostgresData]
    public async Task A_collaboration_across_countries_is_cross_border(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var jakarta = await silo.Grains.NewCommunity("ID");
        var manila = await silo.Grains.NewCommunity("PH");
        var local = await silo.Grains.NewCommunity("ID");
        var movement = await silo.Grains.NewMovement("BR");
        var at = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(7));

        var across = await silo.Grains.GetGrain<ICommunityGrain>(jakarta.Id).RecordCollaboration(manila.Id, NodeKind.Community, CollaborationKind.JointCampaign, at);
        var home = await silo.Grains.GetGrain<ICommunityGrain>(jakarta.Id).RecordCollaboration(local.Id, NodeKind.Community, CollaborationKind.SharedEvent, at);
        var fromMovement = await silo.Grains.GetGrain<IMovementGrain>(movement.Id).RecordCollaboration(jakarta.Id, NodeKind.Community, CollaborationKind.SolidarityStatement, at);

        Assert.True(across.Collaboration.CrossBorder);
        Assert.Equal(("ID", "PH"), (across.Collaboration.FromCountry, across.Collaboration.ToCountry));
        Assert.False(home.Collaboration.CrossBorder);
        Assert.True(fromMovement.Collaboration.CrossBorder);
        Assert.Equal(at.ToUniversalTime(), across.Collaboration.OccurredAt);
        Assert.Equal(TimeSpan.Zero, across.Collaboration.OccurredAt.Offset);
        Assert.Equal(3, await silo.Reader.CountRowsAsync("collaborations"));
        Assert.Equal(fromMovement.GraphVersion, await silo.Reader.GetGraphVersionAsync());
    }

    [Theory, SqliteData]
    public async Task Bad_collaborations_are_refused(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var a = await silo.Grains.NewCommunity("ID");
        var movement = await silo.Grains.NewMovement("ID");
        var user = await silo.Grains.NewUser();
        var grain = silo.Grains.GetGrain<ICommunityGrain>(a.Id);
        var now = DateTimeOffset.UtcNow;

        await GraphAssert.RefusedAsync(silo, ErrorCodes.BadUserInput, () => grain.RecordCollaboration(a.Id, NodeKind.Community, CollaborationKind.JointCampaign, now));
        await GraphAssert.RefusedAsync(silo, ErrorCodes.NotFound, () => grain.RecordCollaboration(NodeIds.New(), NodeKind.Community, CollaborationKind.JointCampaign, now));
        await GraphAssert.RefusedAsync(silo, ErrorCodes.NotFound, () => grain.RecordCollaboration(movement.Id, NodeKind.Community, CollaborationKind.JointCampaign, now));
        await GraphAssert.RefusedAsync(silo, ErrorCodes.BadUserInput, () => grain.RecordCollaboration(user.Id, NodeKind.User, CollaborationKind.JointCampaign, now));
        await GraphAssert.RefusedAsync(silo, ErrorCodes.BadUserInput, () => grain.RecordCollaboration(movement.Id, NodeKind.Movement, CollaborationKind.JointCampaign, now.AddDays(3)));
        await GraphAssert.RefusedAsync(silo, ErrorCodes.BadUserInput, () => grain.RecordCollaboration(movement.Id, NodeKind.Movement, (CollaborationKind)77, now));
        Assert.Equal(0, await silo.Reader.CountRowsAsync("collaborations"));
    }

    [Theory, SqliteData]
    public async Task Movement_and_community_inputs_are_validated_and_normalised(string provider)
    {
        await using var silo = await GraphSilo.StartAsync(provider);
        var movement = await silo.Grains.GetGrain<IMovementGrain>(NodeIds.New()).Create(
            new CreateMovement(" Fridays ", "SE", ["ClimateStrike", "#climatestrike", "#FFF"], ["Climate"]));
        Assert.Equal("Fridays", movement.Movement.Name);
        Assert.Equal(["#ClimateStrike", "#FFF"], movement.Movement.Hashtags.ToArray());

        await GraphAssert.RefusedAsync(silo, ErrorCodes.BadUserInput, () => silo.Grains.GetGrain<IMovementGrain>(NodeIds.New())
            .Create(new CreateMovement("x", "se", [], [])));
        await GraphAssert.RefusedAsync(silo, ErrorCodes.BadUserInput, () => silo.Grains.GetGrain<IMovementGrain>(NodeIds.New())
            .Create(new CreateMovement("x", "SE", ["not a tag"], [])));
        await GraphAssert.RefusedAsync(silo, ErrorCodes.BadUserInput, () => silo.Grains.GetGrain<ICommunityGrain>(NodeIds.New())
            .Create(new CreateCommunity("x", (CommunityKind)99, "SE", null, [])));
        await GraphAssert.RefusedAsync(silo, ErrorCodes.BadUserInput, () => silo.Grains.GetGrain<ICommunityGrain>(NodeIds.New())
            .Create(new CreateCommunity("x", CommunityKind.Charity, "SE", "  ", [])));
    }
}
