namespace Network.Grains.Storage;

/// <summary>The kinds of change events, as they appear in the event log and in GraphChange.kind.</summary>
public static class EventKinds
{
    public const string UserCreated = "USER_CREATED";
    public const string CommunityCreated = "COMMUNITY_CREATED";
    public const string MovementCreated = "MOVEMENT_CREATED";
    public const string Followed = "FOLLOWED";
    public const string Unfollowed = "UNFOLLOWED";
    public const string JoinedCommunity = "JOINED_COMMUNITY";
    public const string LeftCommunity = "LEFT_COMMUNITY";
    public const string SupportedMovement = "SUPPORTED_MOVEMENT";
    public const string JoinedMovement = "JOINED_MOVEMENT";
    public const string Interacted = "INTERACTED";
    public const string CollaborationRecorded = "COLLABORATION_RECORDED";
}
