using System.Collections.Immutable;
using Network.Grains.Common;

namespace Network.Grains.Storage;

/// <summary>What one grain request changes in the graph: at most one node, one edge, one collaboration, and exactly one event.</summary>
public sealed record GraphMutation
{
    public required ChangeEvent Event { get; init; }
    public NodeRow? CreateNode { get; init; }
    public EdgeChange? Edge { get; init; }
    public CollaborationRow? Collaboration { get; init; }
}

/// <summary>An entry of the event log. <paramref name="Data"/> is JSON with what the projection and subscribers need.</summary>
public sealed record ChangeEvent(string Kind, long SubjectId, long? ObjectId, string? Data = null);

/// <summary>A node's row for listing and filtering. <paramref name="UniqueKey"/> is unique per kind when set (a user's lower-cased handle).</summary>
public sealed record NodeRow(
    long Id, NodeKind Kind, string Name, string? UniqueKey, string? Country, ImmutableArray<string> Topics, double? Leaning, DateTimeOffset CreatedAt);

public enum EdgeOp : byte
{
    /// <summary>Insert the edge, or update its visibility; no change means no write.</summary>
    Upsert,
    /// <summary>Delete the edge; absent means no write.</summary>
    Delete,
    /// <summary>Insert with weight 1, or add 1 to its weight.</summary>
    Increment,
}

public sealed record EdgeChange(EdgeOp Op, EdgeKind Kind, long Source, long Target, Visibility Visibility = Visibility.Public);

public sealed record CollaborationRow(
    long Id, long FromId, NodeKind FromKind, long ToId, NodeKind ToKind, CollaborationKind Kind,
    DateTimeOffset OccurredAt, string FromCountry, string ToCountry);
