using System.Collections.Immutable;
using Network.Grains.Common;

namespace Network.Grains.Communities;

public sealed class CommunityState : INodeState
{
    public bool Created { get; set; }
    public string Name { get; set; } = "";
    public CommunityKind Kind { get; set; }
    public string? Platform { get; set; }
    public string Country { get; set; } = "";
    public ImmutableArray<string> Topics { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}
