using System.Text.Json;
using Network.Grains.Common;
using Network.Grains.Storage;
using Network.Silo.Storage;

namespace Network.Silo.Projection;

/// <summary>A collaboration as the projection keeps it, for cross-border figures.</summary>
public sealed record CollaborationFact(
    long Id, long FromId, NodeKind FromKind, long ToId, NodeKind ToKind, CollaborationKind Kind,
    DateTimeOffset OccurredAt, string FromCountry, string ToCountry)
{
    public bool CrossBorder => FromCountry != ToCountry;
}

/// <summary>
/// The in-memory graph that traversals and metrics read: nodes, edges by kind, collaborations, and the graph
/// version they reflect. Built in bulk from storage, then advanced one event at a time in log order, so at every
/// moment it equals the stored graph at <see cref="Version"/>. One writer (the tailer) and many readers share it
/// through <see cref="Read{T}"/> and <see cref="Apply"/>.
/// </summary>
public sealed class GraphProjection
{
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly EdgeSet[] _edges = Enumerable.Range(0, 6).Select(_ => new EdgeSet()).ToArray();
    private readonly List<CollaborationFact> _collaborations = [];

    public NodeTable Nodes { get; } = new();

    /// <summary>The graph version this projection reflects: every event up to it is applied, none after.</summary>
    public long Version { get; private set; }

    public EdgeSet Edges(EdgeKind kind) => _edges[(int)kind];

    public IReadOnlyList<CollaborationFact> Collaborations => _collaborations;

    /// <summary>The sources of edges of <paramref name="kind"/> into node index <paramref name="target"/> whose visibility passes <paramref name="visible"/>.</summary>
    public List<int> Incoming(EdgeKind kind, int target, Func<byte, bool> visible)
    {
        var sources = new List<int>();
        var state = (sources, target, visible);
        Edges(kind).ForEach(ref state, static (ref (List<int> S, int T, Func<byte, bool> V) s, int source, int t, int weight, byte visibility) =>
        {
            if (t == s.T && s.V(visibility)) s.S.Add(source);
        });
        return sources;
    }

    /// <summary>Runs <paramref name="read"/> against a state that no event changes meanwhile.</summary>
    public T Read<T>(Func<GraphProjection, T> read)
    {
        _lock.EnterReadLock();
        try { return read(this); }
        finally { _lock.ExitReadLock(); }
    }

    internal void Write(Action<GraphProjection> write)
    {
        _lock.EnterWriteLock();
        try { write(this); }
        finally { _lock.ExitWriteLock(); }
    }

    internal void SetLoadedVersion(long version) => Version = version;

    internal void AddCollaboration(CollaborationFact fact) => _collaborations.Add(fact);

    /// <summary>Applies the next event of the log; the caller holds the write lock (see <see cref="Write"/>). Events must arrive in order, each exactly once.</summary>
    internal void Apply(GraphEvent e)
    {
        if (e.Version != Version + 1)
            throw new InvalidOperationException($"Event {e.Version} applied to a projection at version {Version}: the log must be applied in order.");

        using var data = e.Data is null ? null : JsonDocument.Parse(e.Data);
        var d = data?.RootElement;
        switch (e.Kind)
        {
            case EventKinds.UserCreated:
                Nodes.Set(e.SubjectId, NodeKind.User, Str(d, "country"), Num(d, "leaning"), Strings(d, "topics"));
                break;
            case EventKinds.CommunityCreated:
                Nodes.Set(e.SubjectId, NodeKind.Community, Str(d, "country"), null, Strings(d, "topics"));
                break;
            case EventKinds.MovementCreated:
                Nodes.Set(e.SubjectId, NodeKind.Movement, Str(d, "originCountry"), null, Strings(d, "topics"));
                break;
            case EventKinds.Followed:
                Edges(EdgeKind.Follows).Upsert(Key(e), 0);
                break;
            case EventKinds.Unfollowed:
                Edges(EdgeKind.Follows).Remove(Key(e));
                break;
            case EventKinds.JoinedCommunity:
                Edges(EdgeKind.MemberOf).Upsert(Key(e), VisibilityOf(d));
                break;
            case EventKinds.LeftCommunity:
                Edges(EdgeKind.MemberOf).Remove(Key(e));
                break;
            case EventKinds.SupportedMovement:
                Edges(EdgeKind.Supports).Upsert(Key(e), VisibilityOf(d));
                break;
            case EventKinds.JoinedMovement:
                Edges(EdgeKind.PartOf).Upsert(Key(e), 0);
                break;
            case EventKinds.Interacted:
                Edges(EdgeKind.InteractedWith).Increment(Key(e), 0);
                break;
            case EventKinds.CollaborationRecorded:
                var c = d!.Value;
                _collaborations.Add(new CollaborationFact(
                    long.Parse(c.GetProperty("id").GetString()!), e.SubjectId, Enum.Parse<NodeKind>(c.GetProperty("fromKind").GetString()!, true),
                    e.ObjectId!.Value, Enum.Parse<NodeKind>(c.GetProperty("toKind").GetString()!, true),
                    EnumFromGraphQL<CollaborationKind>(c.GetProperty("kind").GetString()!),
                    c.GetProperty("occurredAt").GetDateTimeOffset(), c.GetProperty("fromCountry").GetString()!, c.GetProperty("toCountry").GetString()!));
                break;
            default:
                throw new InvalidOperationException($"Unknown event kind '{e.Kind}' at version {e.Version}.");
        }
        Version = e.Version;
    }

    private long Key(GraphEvent e) => EdgeSet.Key(Nodes.IndexOf(e.SubjectId), Nodes.IndexOf(e.ObjectId!.Value));

    private static byte VisibilityOf(JsonElement? d) => (byte)EnumFromGraphQL<Visibility>(Str(d, "visibility") ?? "PUBLIC");

    /// <summary>Event data writes enums as GraphQL names (MUTUAL_AID); C# names have no underscores (MutualAid).</summary>
    internal static T EnumFromGraphQL<T>(string name) where T : struct, Enum => Enum.Parse<T>(name.Replace("_", ""), ignoreCase: true);

    private static string? Str(JsonElement? d, string name) =>
        d is { } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement? d, string name) =>
        d is { } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static IEnumerable<string> Strings(JsonElement? d, string name) =>
        d is { } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.GetString()!).ToArray()
            : [];
}
