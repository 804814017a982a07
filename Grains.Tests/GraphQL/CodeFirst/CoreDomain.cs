namespace Grains.Tests.GraphQL.CodeFirst;

// CLR stand-ins for the Api's domain, shaped as the Api will shape them (records, enums, marker
// interfaces), so that the code-first declaration of schema-core below infers what it can.

public interface INode
{
    string Id { get; }
}

public interface IActor;

public enum ActorKind { User, Community, Movement }

public enum Visibility { Public, Members, Private }

public enum CommunityKind { Advocacy, Charity, MutualAid, LocalBusiness, Learning, Discussion, Jobs, Environment, Other }

public enum CollaborationKind { JointCampaign, SharedEvent, Fundraising, KnowledgeExchange, SolidarityStatement }

public enum InteractionKind { Reply, Share, Mention, Like }

public enum UserAttribute { Leaning, Country }

public enum CentralityMeasure { Degree, PageRank, Betweenness }

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed record Edge<T>(string Cursor, T Node);

public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, IReadOnlyList<T> Nodes, PageInfo PageInfo, int TotalCount);

public sealed record User(
    string Id, string Handle, string DisplayName, string? Country, IReadOnlyList<string> Topics, double? Leaning, DateTimeOffset CreatedAt) : INode;

public sealed record Community(
    string Id, string Name, CommunityKind Kind, string? Platform, string Country, IReadOnlyList<string> Topics, int MemberCount) : INode, IActor;

public sealed record Movement(
    string Id, string Name, IReadOnlyList<string> Hashtags, IReadOnlyList<string> Topics, string OriginCountry,
    IReadOnlyList<string> Countries, int SupporterCount) : INode, IActor;

public sealed record Collaboration(
    string Id, IActor From, IActor To, CollaborationKind Kind, DateTimeOffset OccurredAt, bool CrossBorder) : INode;

public sealed record AllyCandidate(Community Community, double Score, int SharedMembers, IReadOnlyList<string> SharedTopics, bool CrossBorder);

public sealed record CountryPair(string From, string To, int Count);

public sealed record GroupHomophily(string Group, int Size, int InternalTies, int ExternalTies, double Coleman);

public sealed record NullModel(int Samples, double EiIndexMean, double EiIndexStdDev, double EiIndexZScore);

public sealed record EchoChamberReport(
    long GraphVersion, UserAttribute Attribute, int UserCount, int TieCount, double EiIndex, double Assortativity,
    double Modularity, IReadOnlyList<GroupHomophily> Groups, double ExposureDiversity, double? NeighborLeaningCorrelation,
    double? RandomWalkControversy, NullModel? NullModel);

public sealed record RankedNode(INode Node, double Score, int Rank);

public sealed record DetectedCommunity(int Label, int Size);

public sealed record CommunityStructure(long GraphVersion, double Modularity, IReadOnlyList<DetectedCommunity> Communities);

public sealed record ScopeInput(string? CommunityId, string? MovementId, string? Topic);

public sealed record CreateUserInput(string Handle, string DisplayName, string? Country, IReadOnlyList<string>? Topics, double? Leaning);

public sealed record CreateCommunityInput(string Name, CommunityKind Kind, string Country, string? Platform, IReadOnlyList<string>? Topics);

public sealed record CreateMovementInput(string Name, string OriginCountry, IReadOnlyList<string>? Hashtags, IReadOnlyList<string>? Topics);

public sealed record MutationResult(long GraphVersion);

public sealed record CreateUserPayload(User User, long GraphVersion);

public sealed record CreateCommunityPayload(Community Community, long GraphVersion);

public sealed record CreateMovementPayload(Movement Movement, long GraphVersion);

public sealed record RecordCollaborationPayload(Collaboration Collaboration, long GraphVersion);

public sealed record GraphChange(long GraphVersion, string Kind, string SubjectId, string? ObjectId);
