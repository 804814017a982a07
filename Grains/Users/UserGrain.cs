using Microsoft.Extensions.Logging;
using Network.Grains.Common;
using Network.Grains.Storage;
using Orleans;
using Orleans.Runtime;

namespace Network.Grains.Users;

public sealed class UserGrain(
    [PersistentState("user", "graph")] IPersistentState<UserState> state,
    IGraphStore graph,
    ILogger<UserGrain> logger) : NodeGrain<UserState>(state, graph, "User"), IUserGrain
{
    public async Task<CreateUserResult> Create(CreateUser command)
    {
        RequireNotCreated();
        var user = new UserState
        {
            Created = true,
            Handle = InputRules.Handle(command.Handle, "input.handle"),
            DisplayName = InputRules.DisplayName(command.DisplayName, "input.displayName"),
            Country = InputRules.OptionalCountry(command.Country, "input.country"),
            Topics = InputRules.Topics(command.Topics, "input.topics"),
            Leaning = InputRules.Leaning(command.Leaning, "input.leaning"),
            CreatedAt = TruncatedNow(),
        };
        var version = await CommitCreation(user, new GraphMutation
        {
            CreateNode = new NodeRow(Id, NodeKind.User, user.Handle, user.Handle.ToLowerInvariant(), user.Country, user.Topics, user.Leaning, user.CreatedAt),
            Event = new ChangeEvent(EventKinds.UserCreated, Id, null, EventData.Of(new { user.Handle, user.Country, user.Topics, user.Leaning })),
        });
        logger.LogDebug("{GrainType} {GrainKey} created with handle {Handle}.", "User", Id, user.Handle);
        return new CreateUserResult(Profile(), version);
    }

    public Task<UserProfile?> GetProfile() => Task.FromResult(State.State.Created ? Profile() : null);

    public async Task<long> Follow(string followeeId)
    {
        RequireCreated();
        var followee = NodeIds.Parse(followeeId, "followeeId");
        if (followee == Id) throw new GraphException(ErrorCodes.SelfFollow, "A user cannot follow themselves.");
        await GrainFactory.RequireUser(followeeId, "followeeId");
        return await Commit(new GraphMutation
        {
            Edge = new EdgeChange(EdgeOp.Upsert, EdgeKind.Follows, Id, followee),
            Event = new ChangeEvent(EventKinds.Followed, Id, followee),
        });
    }

    public async Task<long> Unfollow(string followeeId)
    {
        RequireCreated();
        var followee = NodeIds.Parse(followeeId, "followeeId");
        await GrainFactory.RequireUser(followeeId, "followeeId");
        return await Commit(new GraphMutation
        {
            Edge = new EdgeChange(EdgeOp.Delete, EdgeKind.Follows, Id, followee),
            Event = new ChangeEvent(EventKinds.Unfollowed, Id, followee),
        });
    }

    public async Task<long> JoinCommunity(string communityId, Visibility visibility)
    {
        RequireCreated();
        InputRules.Defined(visibility, "visibility");
        var community = NodeIds.Parse(communityId, "communityId");
        await GrainFactory.RequireCommunity(communityId, "communityId");
        return await Commit(new GraphMutation
        {
            Edge = new EdgeChange(EdgeOp.Upsert, EdgeKind.MemberOf, Id, community, visibility),
            Event = new ChangeEvent(EventKinds.JoinedCommunity, Id, community, EventData.Of(new { visibility })),
        });
    }

    public async Task<long> LeaveCommunity(string communityId)
    {
        RequireCreated();
        var community = NodeIds.Parse(communityId, "communityId");
        await GrainFactory.RequireCommunity(communityId, "communityId");
        return await Commit(new GraphMutation
        {
            Edge = new EdgeChange(EdgeOp.Delete, EdgeKind.MemberOf, Id, community),
            Event = new ChangeEvent(EventKinds.LeftCommunity, Id, community),
        });
    }

    public async Task<long> SupportMovement(string movementId, Visibility visibility)
    {
        RequireCreated();
        InputRules.Defined(visibility, "visibility");
        var movement = NodeIds.Parse(movementId, "movementId");
        await GrainFactory.RequireMovement(movementId, "movementId");
        return await Commit(new GraphMutation
        {
            Edge = new EdgeChange(EdgeOp.Upsert, EdgeKind.Supports, Id, movement, visibility),
            Event = new ChangeEvent(EventKinds.SupportedMovement, Id, movement, EventData.Of(new { visibility })),
        });
    }

    public async Task<long> RecordInteraction(string toUserId, InteractionKind kind)
    {
        RequireCreated();
        InputRules.Defined(kind, "kind");
        var to = NodeIds.Parse(toUserId, "toUserId");
        if (to == Id) throw GraphException.Invalid("toUserId", "A user cannot interact with themselves: self-ties do not exist.");
        await GrainFactory.RequireUser(toUserId, "toUserId");
        return await Commit(new GraphMutation
        {
            Edge = new EdgeChange(EdgeOp.Increment, EdgeKind.InteractedWith, Id, to),
            Event = new ChangeEvent(EventKinds.Interacted, Id, to, EventData.Of(new { kind })),
        });
    }

    private UserProfile Profile() => new(
        this.GetPrimaryKeyString(), State.State.Handle, State.State.DisplayName, State.State.Country,
        State.State.Topics, State.State.Leaning, State.State.CreatedAt);
}
