using Microsoft.Extensions.Logging;
using Network.Grains.Collaborations;
using Network.Grains.Common;
using Network.Grains.Storage;
using Orleans;
using Orleans.Runtime;

namespace Network.Grains.Communities;

public sealed class CommunityGrain(
    [PersistentState("community", "graph")] IPersistentState<CommunityState> state,
    IGraphStore graph,
    ILogger<CommunityGrain> logger) : NodeGrain<CommunityState>(state, graph, "Community"), ICommunityGrain
{
    public async Task<CreateCommunityResult> Create(CreateCommunity command)
    {
        RequireNotCreated();
        InputRules.Defined(command.Kind, "input.kind");
        var community = new CommunityState
        {
            Created = true,
            Name = InputRules.Name(command.Name, "input.name"),
            Kind = command.Kind,
            Platform = InputRules.Platform(command.Platform, "input.platform"),
            Country = InputRules.Country(command.Country, "input.country"),
            Topics = InputRules.Topics(command.Topics, "input.topics"),
            CreatedAt = TruncatedNow(),
        };
        var version = await CommitCreation(community, new GraphMutation
        {
            CreateNode = new NodeRow(Id, NodeKind.Community, community.Name, null, community.Country, community.Topics, null, community.CreatedAt),
            Event = new ChangeEvent(EventKinds.CommunityCreated, Id, null,
                EventData.Of(new { community.Name, community.Kind, community.Country, community.Topics })),
        });
        logger.LogDebug("{GrainType} {GrainKey} created: {Name}.", "Community", Id, community.Name);
        return new CreateCommunityResult(Profile(), version);
    }

    public Task<CommunityProfile?> GetProfile() => Task.FromResult(State.State.Created ? Profile() : null);

    public async Task<long> JoinMovement(string movementId)
    {
        RequireCreated();
        var movement = NodeIds.Parse(movementId, "movementId");
        await GrainFactory.RequireMovement(movementId, "movementId");
        return await Commit(new GraphMutation
        {
            Edge = new EdgeChange(EdgeOp.Upsert, EdgeKind.PartOf, Id, movement),
            Event = new ChangeEvent(EventKinds.JoinedMovement, Id, movement),
        });
    }

    public async Task<RecordCollaborationResult> RecordCollaboration(string toId, NodeKind toKind, CollaborationKind kind, DateTimeOffset occurredAt)
    {
        RequireCreated();
        var (collaboration, mutation) = await CollaborationRecording.Prepare(
            GrainFactory, Id, NodeKind.Community, State.State.Country, toId, toKind, kind, occurredAt);
        return new RecordCollaborationResult(collaboration, await Commit(mutation));
    }

    private CommunityProfile Profile() => new(
        this.GetPrimaryKeyString(), State.State.Name, State.State.Kind, State.State.Platform, State.State.Country,
        State.State.Topics, State.State.CreatedAt);
}
