namespace Network.Silo.Storage;

/// <summary>An entry of the event log as read back.</summary>
public sealed record GraphEvent(long Version, string Kind, long SubjectId, long? ObjectId, string? Data, DateTimeOffset RecordedAt);

/// <summary>An edge row as read back.</summary>
public sealed record EdgeRecord(Network.Grains.Common.EdgeKind Kind, long Source, long Target, Network.Grains.Common.Visibility Visibility, int Weight, long Version);
