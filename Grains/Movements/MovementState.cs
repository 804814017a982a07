using System.Collections.Immutable;
using Network.Grains.Common;

namespace Network.Grains.Movements;

public sealed class MovementState : INodeState
{
    public bool Created { get; set; }
    public string Name { get; set; } = "";
    public ImmutableArray<string> Hashtags { get; set; } = [];
    public ImmutableArray<string> Topics { get; set; } = [];
    public string OriginCountry { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
