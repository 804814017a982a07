using Network.Grains.Common;
using Orleans;

namespace Network.Grains.Collaborations;

/// <summary>An actor (community or movement) that records the collaborations it starts.</summary>
public interface ICollaborationRecorder : IGrain
{
    Task<RecordCollaborationResult> RecordCollaboration(string toId, NodeKind toKind, CollaborationKind kind, DateTimeOffset occurredAt);
}

/// <summary>A collaboration between two actors; cross-border when their countries differ.</summary>
public sealed record Collaboration(
    string Id, string FromId, NodeKind FromKind, string ToId, NodeKind ToKind, CollaborationKind Kind,
    DateTimeOffset OccurredAt, string FromCountry, string ToCountry)
{
    public bool CrossBorder => FromCountry != ToCountry;
}

public sealed record RecordCollaborationResult(Collaboration Collaboration, long GraphVersion);
