using Network.Grains.Common;

namespace Network.Silo.Live;

/// <summary>
/// An event of the log as subscribers receive it. <see cref="Visibility"/> is the visibility of the edge the event
/// reveals: the membership's or support's for joins, supports and leaves; public for everything else.
/// </summary>
public sealed record LiveEvent(long Version, string Kind, long SubjectId, long? ObjectId, Visibility Visibility, string? Data, DateTimeOffset RecordedAt)
{
    public bool Touches(long nodeId) => SubjectId == nodeId || ObjectId == nodeId;
}
