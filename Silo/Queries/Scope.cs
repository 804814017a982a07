namespace Network.Silo.Queries;

/// <summary>Restricts the user set of a metric: a community's members, a movement's supporters, or a topic. Empty means all users.</summary>
public sealed record Scope(long? CommunityId = null, long? MovementId = null, string? Topic = null)
{
    public static readonly Scope All = new();

    public override string ToString() => $"community={CommunityId};movement={MovementId};topic={Topic}";
}

public enum UserAttribute { Leaning, Country }
