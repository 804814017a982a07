namespace Network.Silo.Queries;

public sealed record GroupHomophily(string Group, int Size, int InternalTies, int ExternalTies, double Coleman);

public sealed record NullModelResult(int Samples, double EiIndexMean, double EiIndexStdDev, double EiIndexZScore);

public sealed record EchoChamberReport(
    long GraphVersion, UserAttribute Attribute, int UserCount, int TieCount, double EiIndex, double Assortativity, double Modularity,
    IReadOnlyList<GroupHomophily> Groups, double ExposureDiversity, double? NeighborLeaningCorrelation, double? RandomWalkControversy,
    NullModelResult? NullModel);

public enum CentralityMeasure { Degree, PageRank, Betweenness }

public sealed record RankedNode(long NodeId, double Score, int Rank, Network.Grains.Common.NodeKind Kind = Network.Grains.Common.NodeKind.User);

public sealed record Ranking(long GraphVersion, IReadOnlyList<RankedNode> Nodes);

public sealed record DetectedCommunity(int Label, IReadOnlyList<long> Members);

public sealed record CommunityStructure(long GraphVersion, double Modularity, IReadOnlyList<DetectedCommunity> Communities);

public sealed record NodePath(long GraphVersion, IReadOnlyList<long>? Nodes);

public sealed record CountryPair(string From, string To, int Count);

public sealed record CrossBorderMatrix(long GraphVersion, IReadOnlyList<CountryPair> Pairs);

/// <summary>Error codes of the query layer, beside <see cref="Network.Grains.Common.ErrorCodes"/>.</summary>
public static class QueryErrorCodes
{
    /// <summary>The figure would describe fewer people than the privacy threshold allows.</summary>
    public const string Suppressed = "SUPPRESSED";

    /// <summary>The figure is undefined on this graph (no ties, a single group).</summary>
    public const string InsufficientData = "INSUFFICIENT_DATA";

    public const string NotImplemented = "NOT_IMPLEMENTED";
}
