using Analytics.Generation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Grains.Common;
using Network.Grains.Communities;
using Network.Grains.Movements;
using Network.Grains.Users;
using Network.Silo.Import;
using Network.Silo.Storage;
using Orleans;

namespace Network.Silo.Demo;

/// <summary>
/// With --demo, fills an empty graph with a generated network, written through the grains like any client's
/// writes, so a new user sees a living network and its metrics within a minute. A graph that already has data is
/// left alone.
/// </summary>
public sealed class DemoSeeder(IGrainFactory grains, GraphReader reader, IOptions<DemoOptions> options, ILogger<DemoSeeder> logger) : BackgroundService
{
    private const int Writers = 32;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        if (await reader.GetGraphVersionAsync(stoppingToken) > 0)
        {
            logger.LogInformation("Demo data not written: the graph already has data.");
            return;
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var network = SocialNetworkGenerator.Generate(new GeneratorOptions(options.Value.Seed, options.Value.Ties));
        logger.LogInformation("Writing demo data: {Users} users, {Ties} ties, {Communities} communities, {Movements} movements.",
            network.UserCount, network.TieCount, network.CommunityKind.Length, network.MovementCountry.Length);

        var users = Ids(network.UserCount);
        var communities = Ids(network.CommunityKind.Length);
        var movements = Ids(network.MovementCountry.Length);

        await Parallel(network.UserCount, i => grains.GetGrain<IUserGrain>(users[i]).Create(new CreateUser(
            $"demo_{i}", $"Demo User {i}", network.CountryOf(network.UserCountry[i]), [.. network.Topics(network.UserTopics[i])],
            float.IsNaN(network.UserLeaning[i]) ? null : Math.Round(network.UserLeaning[i], 3))), stoppingToken);
        await Parallel(communities.Length, i => grains.GetGrain<ICommunityGrain>(communities[i]).Create(new CreateCommunity(
            $"Demo {(CommunityKind)network.CommunityKind[i]} community {i}", (CommunityKind)network.CommunityKind[i],
            network.CountryOf(network.CommunityCountry[i])!, "demo", [.. network.Topics(network.CommunityTopics[i])])), stoppingToken);
        await Parallel(movements.Length, i => grains.GetGrain<IMovementGrain>(movements[i]).Create(new CreateMovement(
            $"Demo movement {i}", network.CountryOf(network.MovementCountry[i])!, [$"#demo{i}"], [.. network.Topics(network.MovementTopics[i])])), stoppingToken);

        await Parallel(network.MemberUser.Length, i => grains.GetGrain<IUserGrain>(users[network.MemberUser[i]])
            .JoinCommunity(communities[network.MemberCommunity[i]], (Visibility)network.MemberVisibility[i]), stoppingToken);
        await Parallel(network.SupportUser.Length, i => grains.GetGrain<IUserGrain>(users[network.SupportUser[i]])
            .SupportMovement(movements[network.SupportMovement[i]], (Visibility)network.SupportVisibility[i]), stoppingToken);
        await Parallel(network.PartOfCommunity.Length, i => grains.GetGrain<ICommunityGrain>(communities[network.PartOfCommunity[i]])
            .JoinMovement(movements[network.PartOfMovement[i]]), stoppingToken);
        await Parallel(network.TieCount, i =>
        {
            var user = grains.GetGrain<IUserGrain>(users[network.TieSource[i]]);
            var other = users[network.TieTarget[i]];
            return network.TieKind[i] == GeneratedNetwork.Follow ? user.Follow(other) : user.RecordInteraction(other, (InteractionKind)(i % 4));
        }, stoppingToken);
        await Parallel(network.CollaborationKind.Length, i =>
        {
            var c = GeneratedCollaboration<string>.At(network, i, communities, movements);
            var recorder = c.FromKind == NodeKind.Community
                ? (Grains.Collaborations.ICollaborationRecorder)grains.GetGrain<ICommunityGrain>(c.From)
                : grains.GetGrain<IMovementGrain>(c.From);
            return recorder.RecordCollaboration(c.To, c.ToKind, c.Kind, c.OccurredAt);
        }, stoppingToken);

        logger.LogInformation("Demo data written in {Seconds:0.0} s, up to graph version {Version}.",
            started.Elapsed.TotalSeconds, await reader.GetGraphVersionAsync(stoppingToken));
    }

    private static string[] Ids(int count) => Enumerable.Range(0, count).Select(_ => NodeIds.New()).ToArray();

    private static Task Parallel(int count, Func<int, Task> write, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = Writers, CancellationToken = cancellationToken },
            async (i, _) => await write(i));
}
