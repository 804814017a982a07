using Microsoft.Extensions.Logging;
using Network.Grains.Collaborations;
using Network.Grains.Common;
using Network.Grains.Storage;
using Orleans;
using Orleans.Runtime;

namespace Network.Grains.Movements;

public sealed class MovementGrain(
    [PersistentState("movement", "graph")] IPersistentState<MovementState> state,
    IGraphStore graph,
    ILogger<MovementGrain> logger) : NodeGrain<MovementState>(state, graph, "Movement"), IMovementGrain
{
    public async Task<CreateMovementResult> Create(CreateMovement command)
    {
        RequireNotCreated();
        var movement = new MovementState
        {
            Created = true,
            Name = InputRules.Name(command.Name, "input.name"),
            OriginCountry = InputRules.Country(command.OriginCountry, "input.originCountry"),
            Hashtags = InputRules.Hashtags(command.Hashtags, "input.hashtags"),
            Topics = InputRules.Topics(command.Topics, "input.topics"),
            CreatedAt = TruncatedNow(),
        };
        var version = await CommitCreation(movement, new GraphMutation
        {
            CreateNode = new NodeRow(Id, NodeKind.Movement, movement.Name, null, movement.OriginCountry, movement.Topics, null, movement.CreatedAt),
            Event = new ChangeEvent(EventKinds.MovementCreated, Id, null,
                EventData.Of(new { movement.Name, movement.OriginCountry, movement.Hashtags, movement.Topics })),
        });
        logger.LogDebug("{GrainType} {GrainKey} created: {Name}.", "Movement", Id, movement.Name);
        return new CreateMovementResult(Profile(), version);
    }

    public Task<MovementProfile?> GetProfile() => Task.FromResult(State.State.Created ? Profile() : null);

    public async Task<RecordCollaborationResult> RecordCollaboration(string toId, NodeKind toKind, CollaborationKind kind, DateTimeOffset occurredAt)
    {
        RequireCreated();
        var (collaboration, mutation) = await CollaborationRecording.Prepare(
            GrainFactory, Id, NodeKind.Movement, State.State.OriginCountry, toId, toKind, kind, occurredAt);
        return new RecordCollaborationResult(collaboration, await Commit(mutation));
    }

    private MovementProfile Profile() => new(
        this.GetPrimaryKeyString(), State.State.Name, State.State.Hashtags, State.State.Topics, State.State.OriginCountry, State.State.CreatedAt);
}
