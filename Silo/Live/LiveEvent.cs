using Network.Grains.Common;
using Network.Grains.Storage;
using Network.Silo.Queries;

namespace Network.Silo.Live;

/// <summary>
/// An event of the log as subscribers receive it. <see cref="Visibility"/> is the visibility of the edge the event
/// reveals: the membership's or support's for joins, supports and leaves; public for everything else.
/// <see cref="PreviousVisibility"/> is set when a join or support changed the visibility of an edge that already existed.
/// </summary>
public sealed record LiveEvent(long Version, string Kind, long SubjectId, long? ObjectId, Visibility Visibility, string? Data, DateTimeOffset RecordedAt,
    Visibility? PreviousVisibility = null)
{
    private LiveEvent? _retraction;

    public bool Touches(long nodeId) => SubjectId == nodeId || ObjectId == nodeId;

    /// <summary>
    /// The event as <paramref name="viewer"/> may see it, or null when it may not. A membership or support made less
    /// visible than the viewer may see ended, as far as that viewer knows: it arrives as a leave (or a withdrawn
    /// support), so the viewer's picture stays the one its queries give, and nothing tells it the edge still exists.
    /// </summary>
    public LiveEvent? SeenBy(Viewer viewer)
    {
        if (viewer.Sees((byte)Visibility)) return this;
        return PreviousVisibility is { } before && viewer.Sees((byte)before) ? Retraction(before) : null;
    }

    // One instance per event, however many subscribers receive it (the schema maps each instance once).
    private LiveEvent? Retraction(Visibility before) => _retraction ??= Kind switch
    {
        EventKinds.JoinedCommunity => new LiveEvent(Version, EventKinds.LeftCommunity, SubjectId, ObjectId, before, null, RecordedAt),
        EventKinds.SupportedMovement => new LiveEvent(Version, EventKinds.SupportWithdrawn, SubjectId, ObjectId, before, null, RecordedAt),
        _ => null,
    };
}
