using GraphQL.Types.Descriptors;

namespace Grains.Tests.GraphQL.CodeFirst;

// schema-core.graphql declared code-first, one class per type as the Api will have them.
// Resolvers return dummies: these tests are about the schema, not execution.

internal static class Paging
{
    /// <summary>first: Int, after: String — the Relay paging arguments.</summary>
    public static IObjectFieldDescriptor Paged(this IObjectFieldDescriptor field) => field
        .Argument("first", a => a.Type<IntType>())
        .Argument("after", a => a.Type<StringType>());

    public static Connection<T> Empty<T>() => new([], [], new PageInfo(false, false, null, null), 0);
}

public sealed class NodeType : InterfaceType<INode>
{
    protected override void Configure(IInterfaceTypeDescriptor<INode> descriptor) =>
        descriptor.Field(n => n.Id).Type<NonNullType<IdType>>();
}

public sealed class PageInfoType : ObjectType<PageInfo>
{
    protected override void Configure(IObjectTypeDescriptor<PageInfo> descriptor)
    {
        descriptor.Field(p => p.HasNextPage);
        descriptor.Field(p => p.HasPreviousPage);
        descriptor.Field(p => p.StartCursor);
        descriptor.Field(p => p.EndCursor);
    }
}

public sealed class CentralityMeasureType : EnumType<CentralityMeasure>
{
    protected override void Configure(IEnumTypeDescriptor<CentralityMeasure> descriptor) =>
        descriptor.Value(CentralityMeasure.PageRank).Name("PAGERANK");
}

public sealed class UserType : ObjectType<User>
{
    protected override void Configure(IObjectTypeDescriptor<User> descriptor)
    {
        descriptor.Implements<NodeType>();
        descriptor.Field(u => u.Id).Type<NonNullType<IdType>>();
        descriptor.Field(u => u.Handle);
        descriptor.Field(u => u.DisplayName);
        descriptor.Field(u => u.Country).Type<CountryCodeType>();
        descriptor.Field(u => u.Topics);
        descriptor.Field(u => u.Leaning);
        descriptor.Field(u => u.CreatedAt);
        descriptor.Field("following").Paged().Type<NonNullType<UserConnectionType>>().Resolve(_ => Paging.Empty<User>());
        descriptor.Field("followers").Paged().Type<NonNullType<UserConnectionType>>().Resolve(_ => Paging.Empty<User>());
    }
}

/// <summary>User's memberships, declared by the membership domain (an extension by CLR type).</summary>
public sealed class UserMembershipFields : ObjectTypeExtension<User>
{
    protected override void Configure(IObjectTypeDescriptor<User> descriptor)
    {
        descriptor.Field("communities").Paged().Type<NonNullType<CommunityConnectionType>>().Resolve(_ => Paging.Empty<Community>());
        descriptor.Field("movements").Paged().Type<NonNullType<MovementConnectionType>>().Resolve(_ => Paging.Empty<Movement>());
    }
}

public sealed class CommunityType : ObjectType<Community>
{
    protected override void Configure(IObjectTypeDescriptor<Community> descriptor)
    {
        descriptor.Implements<NodeType>();
        descriptor.Field(c => c.Id).Type<NonNullType<IdType>>();
        descriptor.Field(c => c.Name);
        descriptor.Field(c => c.Kind);
        descriptor.Field(c => c.Platform);
        descriptor.Field(c => c.Country).Type<NonNullType<CountryCodeType>>();
        descriptor.Field(c => c.Topics);
        descriptor.Field(c => c.MemberCount);
        descriptor.Field("members").Paged().Type<NonNullType<UserConnectionType>>().Resolve(_ => Paging.Empty<User>());
        descriptor.Field("movements").Paged().Type<NonNullType<MovementConnectionType>>().Resolve(_ => Paging.Empty<Movement>());
        descriptor.Field("collaborations").Paged()
            .Argument("crossBorderOnly", a => a.Type<BooleanType>().DefaultValue(false))
            .Type<NonNullType<CollaborationConnectionType>>()
            .Resolve(_ => Paging.Empty<Collaboration>());
    }
}

public sealed class MovementType : ObjectType<Movement>
{
    protected override void Configure(IObjectTypeDescriptor<Movement> descriptor)
    {
        descriptor.Implements<NodeType>();
        descriptor.Field(m => m.Id).Type<NonNullType<IdType>>();
        descriptor.Field(m => m.Name);
        descriptor.Field(m => m.Hashtags);
        descriptor.Field(m => m.Topics);
        descriptor.Field(m => m.OriginCountry).Type<NonNullType<CountryCodeType>>();
        descriptor.Field(m => m.Countries).Type<NonNullType<ListType<NonNullType<CountryCodeType>>>>();
        descriptor.Field(m => m.SupporterCount);
        descriptor.Field("supporters").Paged().Type<NonNullType<UserConnectionType>>().Resolve(_ => Paging.Empty<User>());
        descriptor.Field("communities").Paged().Type<NonNullType<CommunityConnectionType>>().Resolve(_ => Paging.Empty<Community>());
        descriptor.Field("collaborations").Paged()
            .Argument("crossBorderOnly", a => a.Type<BooleanType>().DefaultValue(false))
            .Type<NonNullType<CollaborationConnectionType>>()
            .Resolve(_ => Paging.Empty<Collaboration>());
        descriptor.Field("alliedCommunities")
            .Argument("first", a => a.Type<IntType>().DefaultValue(10))
            .Argument("crossBorderOnly", a => a.Type<BooleanType>().DefaultValue(false))
            .Type<NonNullType<ListType<NonNullType<AllyCandidateType>>>>()
            .Resolve(_ => Array.Empty<AllyCandidate>());
    }
}

public sealed class ActorType : UnionType<IActor>
{
    protected override void Configure(IUnionTypeDescriptor descriptor)
    {
        descriptor.Type<CommunityType>();
        descriptor.Type<MovementType>();
    }
}

public sealed class CollaborationType : ObjectType<Collaboration>
{
    protected override void Configure(IObjectTypeDescriptor<Collaboration> descriptor)
    {
        descriptor.Implements<NodeType>();
        descriptor.Field(c => c.Id).Type<NonNullType<IdType>>();
        descriptor.Field(c => c.From);
        descriptor.Field(c => c.To);
        descriptor.Field(c => c.Kind);
        descriptor.Field(c => c.OccurredAt);
        descriptor.Field(c => c.CrossBorder);
    }
}

public sealed class AllyCandidateType : ObjectType<AllyCandidate>
{
    protected override void Configure(IObjectTypeDescriptor<AllyCandidate> descriptor)
    {
        descriptor.Field(a => a.Community);
        descriptor.Field(a => a.Score);
        descriptor.Field(a => a.SharedMembers);
        descriptor.Field(a => a.SharedTopics);
        descriptor.Field(a => a.CrossBorder);
    }
}

/// <summary>The Relay edge of <typeparamref name="T"/>; one small subclass per node type names it.</summary>
public abstract class EdgeType<T>(string name) : ObjectType<Edge<T>>
{
    protected override void Configure(IObjectTypeDescriptor<Edge<T>> descriptor)
    {
        descriptor.Name(name);
        descriptor.Field(e => e.Cursor);
        descriptor.Field(e => e.Node);
    }
}

public abstract class ConnectionType<T>(string name) : ObjectType<Connection<T>>
{
    protected override void Configure(IObjectTypeDescriptor<Connection<T>> descriptor)
    {
        descriptor.Name(name);
        descriptor.Field(c => c.Edges);
        descriptor.Field(c => c.Nodes);
        descriptor.Field(c => c.PageInfo);
        descriptor.Field(c => c.TotalCount);
    }
}

public sealed class UserEdgeType() : EdgeType<User>("UserEdge");

public sealed class UserConnectionType() : ConnectionType<User>("UserConnection");

public sealed class CommunityEdgeType() : EdgeType<Community>("CommunityEdge");

public sealed class CommunityConnectionType() : ConnectionType<Community>("CommunityConnection");

public sealed class MovementEdgeType() : EdgeType<Movement>("MovementEdge");

public sealed class MovementConnectionType() : ConnectionType<Movement>("MovementConnection");

public sealed class CollaborationEdgeType() : EdgeType<Collaboration>("CollaborationEdge");

public sealed class CollaborationConnectionType() : ConnectionType<Collaboration>("CollaborationConnection");

public sealed class CountryPairType : ObjectType<CountryPair>
{
    protected override void Configure(IObjectTypeDescriptor<CountryPair> descriptor)
    {
        descriptor.Field(p => p.From).Type<NonNullType<CountryCodeType>>();
        descriptor.Field(p => p.To).Type<NonNullType<CountryCodeType>>();
        descriptor.Field(p => p.Count);
    }
}

public sealed class GroupHomophilyType : ObjectType<GroupHomophily>
{
    protected override void Configure(IObjectTypeDescriptor<GroupHomophily> descriptor)
    {
        descriptor.Field(g => g.Group);
        descriptor.Field(g => g.Size);
        descriptor.Field(g => g.InternalTies);
        descriptor.Field(g => g.ExternalTies);
        descriptor.Field(g => g.Coleman);
    }
}

public sealed class NullModelType : ObjectType<NullModel>
{
    protected override void Configure(IObjectTypeDescriptor<NullModel> descriptor)
    {
        descriptor.Field(n => n.Samples);
        descriptor.Field(n => n.EiIndexMean);
        descriptor.Field(n => n.EiIndexStdDev);
        descriptor.Field(n => n.EiIndexZScore);
    }
}

public sealed class EchoChamberReportType : ObjectType<EchoChamberReport>
{
    protected override void Configure(IObjectTypeDescriptor<EchoChamberReport> descriptor)
    {
        descriptor.Field(r => r.GraphVersion);
        descriptor.Field(r => r.Attribute);
        descriptor.Field(r => r.UserCount);
        descriptor.Field(r => r.TieCount);
        descriptor.Field(r => r.EiIndex);
        descriptor.Field(r => r.Assortativity);
        descriptor.Field(r => r.Modularity);
        descriptor.Field(r => r.Groups);
        descriptor.Field(r => r.ExposureDiversity);
        descriptor.Field(r => r.NeighborLeaningCorrelation);
        descriptor.Field(r => r.RandomWalkControversy);
        descriptor.Field(r => r.NullModel);
    }
}

public sealed class RankedNodeType : ObjectType<RankedNode>
{
    protected override void Configure(IObjectTypeDescriptor<RankedNode> descriptor)
    {
        descriptor.Field(r => r.Node);
        descriptor.Field(r => r.Score);
        descriptor.Field(r => r.Rank);
    }
}

public sealed class DetectedCommunityType : ObjectType<DetectedCommunity>
{
    protected override void Configure(IObjectTypeDescriptor<DetectedCommunity> descriptor)
    {
        descriptor.Field(c => c.Label);
        descriptor.Field(c => c.Size);
        descriptor.Field("members").Paged().Type<NonNullType<UserConnectionType>>().Resolve(_ => Paging.Empty<User>());
    }
}

public sealed class CommunityStructureType : ObjectType<CommunityStructure>
{
    protected override void Configure(IObjectTypeDescriptor<CommunityStructure> descriptor)
    {
        descriptor.Field(s => s.GraphVersion);
        descriptor.Field(s => s.Modularity);
        descriptor.Field(s => s.Communities);
    }
}

public sealed class ScopeInputType : InputObjectType<ScopeInput>
{
    protected override void Configure(IInputObjectTypeDescriptor<ScopeInput> descriptor)
    {
        descriptor.Field(s => s.CommunityId).Type<IdType>();
        descriptor.Field(s => s.MovementId).Type<IdType>();
        descriptor.Field(s => s.Topic);
    }
}

/// <summary>Node lookups and the graph version: the first of the Query extensions.</summary>
public sealed class NodeQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Query");
        descriptor.Field("node").Argument("id", a => a.Type<NonNullType<IdType>>()).Type<NodeType>().Resolve(_ => (INode?)null);
        descriptor.Field("nodes").Argument("ids", a => a.Type("[ID!]!")).Type<NonNullType<ListType<NodeType>>>().Resolve(_ => Array.Empty<INode>());
        descriptor.Field("graphVersion").Resolve(_ => 42L);
    }
}

public sealed class DirectoryQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Query");
        descriptor.Field("users").Paged().Filtered().Type<NonNullType<UserConnectionType>>().Resolve(_ => Paging.Empty<User>());
        descriptor.Field("communities").Paged().Filtered().Type<NonNullType<CommunityConnectionType>>().Resolve(_ => Paging.Empty<Community>());
        descriptor.Field("movements").Paged().Filtered().Type<NonNullType<MovementConnectionType>>().Resolve(_ => Paging.Empty<Movement>());
    }
}

internal static class Filtering
{
    public static IObjectFieldDescriptor Filtered(this IObjectFieldDescriptor field) => field
        .Argument("country", a => a.Type<CountryCodeType>())
        .Argument("topic", a => a.Type<StringType>());
}

public sealed class CollaborationQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Query");
        descriptor.Field("crossBorderCollaborations")
            .Argument("country", a => a.Type<CountryCodeType>())
            .Argument("since", a => a.Type<DateTimeType>())
            .Argument("until", a => a.Type<DateTimeType>())
            .Paged()
            .Argument("minVersion", a => a.Type<LongType>())
            .Type<NonNullType<CollaborationConnectionType>>()
            .Resolve(_ => Paging.Empty<Collaboration>());
        descriptor.Field("crossBorderMatrix")
            .Argument("since", a => a.Type<DateTimeType>())
            .Argument("until", a => a.Type<DateTimeType>())
            .Argument("minVersion", a => a.Type<LongType>())
            .Type<NonNullType<ListType<NonNullType<CountryPairType>>>>()
            .Resolve(_ => Array.Empty<CountryPair>());
    }
}

public sealed class AnalyticsQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Query");
        descriptor.Field("echoChamber")
            .Argument("scope", a => a.Type<ScopeInputType>())
            .Argument("attribute", a => a.Type<NonNullType<EnumType<UserAttribute>>>().DefaultValue(UserAttribute.Leaning))
            .Argument("nullModelSamples", a => a.Type<IntType>().DefaultValue(0))
            .Argument("minVersion", a => a.Type<LongType>())
            .Type<NonNullType<EchoChamberReportType>>()
            .Resolve(_ => new EchoChamberReport(1, UserAttribute.Leaning, 0, 0, 0, 0, 0, [], 0, null, null, null));
        descriptor.Field("centrality")
            .Argument("measure", a => a.Type<NonNullType<CentralityMeasureType>>())
            .Argument("kind", a => a.Type<EnumType<ActorKind>>().DefaultValue(ActorKind.User))
            .Argument("first", a => a.Type<IntType>().DefaultValue(10))
            .Argument("minVersion", a => a.Type<LongType>())
            .Type<NonNullType<ListType<NonNullType<RankedNodeType>>>>()
            .Resolve(_ => Array.Empty<RankedNode>());
        descriptor.Field("communityStructure")
            .Argument("resolution", a => a.Type<FloatType>().DefaultValue(1.0))
            .Argument("minVersion", a => a.Type<LongType>())
            .Type<NonNullType<CommunityStructureType>>()
            .Resolve(_ => new CommunityStructure(1, 0, []));
        descriptor.Field("shortestPath")
            .Argument("from", a => a.Type<NonNullType<IdType>>())
            .Argument("to", a => a.Type<NonNullType<IdType>>())
            .Argument("maxHops", a => a.Type<IntType>().DefaultValue(6))
            .Argument("minVersion", a => a.Type<LongType>())
            .Type<ListType<NonNullType<NodeType>>>()
            .Resolve(_ => (INode[]?)null);
    }
}

public sealed class CreateUserInputType : InputObjectType<CreateUserInput>
{
    protected override void Configure(IInputObjectTypeDescriptor<CreateUserInput> descriptor)
    {
        descriptor.Field(i => i.Handle);
        descriptor.Field(i => i.DisplayName);
        descriptor.Field(i => i.Country).Type<CountryCodeType>();
        descriptor.Field(i => i.Topics);
        descriptor.Field(i => i.Leaning);
    }
}

public sealed class CreateCommunityInputType : InputObjectType<CreateCommunityInput>
{
    protected override void Configure(IInputObjectTypeDescriptor<CreateCommunityInput> descriptor)
    {
        descriptor.Field(i => i.Name);
        descriptor.Field(i => i.Kind);
        descriptor.Field(i => i.Country).Type<NonNullType<CountryCodeType>>();
        descriptor.Field(i => i.Platform);
        descriptor.Field(i => i.Topics);
    }
}

public sealed class CreateMovementInputType : InputObjectType<CreateMovementInput>
{
    protected override void Configure(IInputObjectTypeDescriptor<CreateMovementInput> descriptor)
    {
        descriptor.Field(i => i.Name);
        descriptor.Field(i => i.OriginCountry).Type<NonNullType<CountryCodeType>>();
        descriptor.Field(i => i.Hashtags);
        descriptor.Field(i => i.Topics);
    }
}

public sealed class MutationResultType : ObjectType<MutationResult>
{
    protected override void Configure(IObjectTypeDescriptor<MutationResult> descriptor) => descriptor.Field(r => r.GraphVersion);
}

public sealed class CreateUserPayloadType : ObjectType<CreateUserPayload>
{
    protected override void Configure(IObjectTypeDescriptor<CreateUserPayload> descriptor)
    {
        descriptor.Field(p => p.User);
        descriptor.Field(p => p.GraphVersion);
    }
}

public sealed class CreateCommunityPayloadType : ObjectType<CreateCommunityPayload>
{
    protected override void Configure(IObjectTypeDescriptor<CreateCommunityPayload> descriptor)
    {
        descriptor.Field(p => p.Community);
        descriptor.Field(p => p.GraphVersion);
    }
}

public sealed class CreateMovementPayloadType : ObjectType<CreateMovementPayload>
{
    protected override void Configure(IObjectTypeDescriptor<CreateMovementPayload> descriptor)
    {
        descriptor.Field(p => p.Movement);
        descriptor.Field(p => p.GraphVersion);
    }
}

public sealed class RecordCollaborationPayloadType : ObjectType<RecordCollaborationPayload>
{
    protected override void Configure(IObjectTypeDescriptor<RecordCollaborationPayload> descriptor)
    {
        descriptor.Field(p => p.Collaboration);
        descriptor.Field(p => p.GraphVersion);
    }
}

/// <summary>The mutation root as one class (a root may also be declared inline and extended, as Query is).</summary>
public sealed class MutationType : ObjectType<object>
{
    private static readonly MutationResult Done = new(1);

    protected override void Configure(IObjectTypeDescriptor<object> descriptor)
    {
        descriptor.Name("Mutation");
        descriptor.Field("createUser")
            .Argument("input", a => a.Type<NonNullType<CreateUserInputType>>())
            .Type<NonNullType<CreateUserPayloadType>>()
            .Resolve(ctx => new CreateUserPayload(new User("u1", ctx.ArgumentValue<CreateUserInput>("input").Handle, "", null, [], null, default), 1));
        descriptor.Field("createCommunity")
            .Argument("input", a => a.Type<NonNullType<CreateCommunityInputType>>())
            .Type<NonNullType<CreateCommunityPayloadType>>()
            .Resolve(_ => (CreateCommunityPayload?)null);
        descriptor.Field("createMovement")
            .Argument("input", a => a.Type<NonNullType<CreateMovementInputType>>())
            .Type<NonNullType<CreateMovementPayloadType>>()
            .Resolve(_ => (CreateMovementPayload?)null);
        Pair(descriptor.Field("follow"), "followerId", "followeeId");
        Pair(descriptor.Field("unfollow"), "followerId", "followeeId");
        Pair(descriptor.Field("joinCommunity"), "userId", "communityId")
            .Argument("visibility", a => a.Type<EnumType<Visibility>>().DefaultValue(Visibility.Public));
        Pair(descriptor.Field("leaveCommunity"), "userId", "communityId");
        Pair(descriptor.Field("supportMovement"), "userId", "movementId")
            .Argument("visibility", a => a.Type<EnumType<Visibility>>().DefaultValue(Visibility.Public));
        Pair(descriptor.Field("joinMovement"), "communityId", "movementId");
        Pair(descriptor.Field("recordInteraction"), "fromUserId", "toUserId")
            .Argument("kind", a => a.Type<NonNullType<EnumType<InteractionKind>>>());
        descriptor.Field("recordCollaboration")
            .Argument("fromId", a => a.Type<NonNullType<IdType>>())
            .Argument("toId", a => a.Type<NonNullType<IdType>>())
            .Argument("kind", a => a.Type<NonNullType<EnumType<CollaborationKind>>>())
            .Argument("occurredAt", a => a.Type<NonNullType<DateTimeType>>())
            .Type<NonNullType<RecordCollaborationPayloadType>>()
            .Resolve(_ => (RecordCollaborationPayload?)null);
    }

    private static IObjectFieldDescriptor Pair(IObjectFieldDescriptor field, string first, string second) => field
        .Argument(first, a => a.Type<NonNullType<IdType>>())
        .Argument(second, a => a.Type<NonNullType<IdType>>())
        .Type<NonNullType<MutationResultType>>()
        .Resolve(_ => Done);
}

public sealed class GraphChangeType : ObjectType<GraphChange>
{
    protected override void Configure(IObjectTypeDescriptor<GraphChange> descriptor)
    {
        descriptor.Field(c => c.GraphVersion);
        descriptor.Field(c => c.Kind);
        descriptor.Field(c => c.SubjectId).Type<NonNullType<IdType>>();
        descriptor.Field(c => c.ObjectId).Type<IdType>();
    }
}

public sealed class SubscriptionType : ObjectType<object>
{
    protected override void Configure(IObjectTypeDescriptor<object> descriptor)
    {
        descriptor.Name("Subscription");
        descriptor.Field("graphChanged").Argument("nodeId", a => a.Type<IdType>()).Type<NonNullType<GraphChangeType>>().Resolve(ctx => ctx.Source);
        descriptor.Field("collaborationRecorded").Argument("country", a => a.Type<CountryCodeType>())
            .Type<NonNullType<CollaborationType>>().Resolve(ctx => ctx.Source);
        descriptor.Field("echoChamberUpdated")
            .Argument("scope", a => a.Type<ScopeInputType>())
            .Argument("attribute", a => a.Type<NonNullType<EnumType<UserAttribute>>>().DefaultValue(UserAttribute.Leaning))
            .Type<NonNullType<EchoChamberReportType>>()
            .Resolve(ctx => ctx.Source);
    }
}

/// <summary>The whole of schema-core, types added in the SDL's order so that it prints the same.</summary>
public static class CoreSchema
{
    public static CodeFirstSchemaBuilder Builder() => global::GraphQL.Types.SchemaBuilder.New()
        .AddType<DateTimeType>()
        .AddType<CountryCodeType>()
        .AddType<LongType>()
        .AddType<NodeType>()
        .AddType<PageInfoType>()
        .AddType<EnumType<ActorKind>>()
        .AddType<EnumType<Visibility>>()
        .AddType<EnumType<CommunityKind>>()
        .AddType<EnumType<CollaborationKind>>()
        .AddType<EnumType<InteractionKind>>()
        .AddType<EnumType<UserAttribute>>()
        .AddType<CentralityMeasureType>()
        .AddType<UserType>()
        .AddType<CommunityType>()
        .AddType<MovementType>()
        .AddType<ActorType>()
        .AddType<CollaborationType>()
        .AddType<AllyCandidateType>()
        .AddType<UserEdgeType>()
        .AddType<UserConnectionType>()
        .AddType<CommunityEdgeType>()
        .AddType<CommunityConnectionType>()
        .AddType<MovementEdgeType>()
        .AddType<MovementConnectionType>()
        .AddType<CollaborationEdgeType>()
        .AddType<CollaborationConnectionType>()
        .AddType<CountryPairType>()
        .AddType<GroupHomophilyType>()
        .AddType<NullModelType>()
        .AddType<EchoChamberReportType>()
        .AddType<RankedNodeType>()
        .AddType<DetectedCommunityType>()
        .AddType<CommunityStructureType>()
        .AddType<ScopeInputType>()
        .AddQueryType(d => d.Name("Query"))
        .AddTypeExtension<NodeQueries>()
        .AddTypeExtension<DirectoryQueries>()
        .AddTypeExtension<CollaborationQueries>()
        .AddTypeExtension<AnalyticsQueries>()
        .AddTypeExtension<UserMembershipFields>()
        .AddType<CreateUserInputType>()
        .AddType<CreateCommunityInputType>()
        .AddType<CreateMovementInputType>()
        .AddType<MutationResultType>()
        .AddType<CreateUserPayloadType>()
        .AddType<CreateCommunityPayloadType>()
        .AddType<CreateMovementPayloadType>()
        .AddType<RecordCollaborationPayloadType>()
        .AddMutationType<MutationType>()
        .AddType<GraphChangeType>()
        .AddSubscriptionType<SubscriptionType>();
}
