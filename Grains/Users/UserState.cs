using System.Collections.Immutable;
using Network.Grains.Common;

namespace Network.Grains.Users;

public sealed class UserState : INodeState
{
    public bool Created { get; set; }
    public string Handle { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Country { get; set; }
    public ImmutableArray<string> Topics { get; set; } = [];
    public double? Leaning { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
