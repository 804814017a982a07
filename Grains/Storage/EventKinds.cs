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

    /// <summary>
    /// Never stored: what a subscriber receives when a support it could see is made less visible than it may see (no
    /// mutation withdraws a support, so the log has no such event).
    /// </summary>
    public const string SupportWithdrawn = "SUPPORT_WITHDRAWN";
}
