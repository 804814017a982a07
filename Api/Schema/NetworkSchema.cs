using GraphQL.Types;
using GraphQL.Types.Descriptors;
using Network.Api.Schema.Analytics;
using Network.Api.Schema.Collaborations;
using Network.Api.Schema.Communities;
using Network.Api.Schema.Live;
using Network.Api.Schema.Movements;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Scalars;
using Network.Api.Schema.Users;
using Network.Grains.Common;
using Network.Silo.Queries;

namespace Network.Api.Schema;

/// <summary>
/// The public schema: every type of schema-core.graphql, declared in code, one class per type, grouped by domain.
/// Types are added in the core's order so that the printed SDL reads like the core.
/// </summary>
public static class NetworkSchema
{
    public static GraphQL.Types.Schema Create() => SchemaBuilder.New()
        .AddType<DateTimeType>()
        .AddType<CountryCodeType>()
        .AddType<LongType>()
        .AddType<NodeType>()
        .AddType<PageInfoType>()
        .AddType<ActorKindType>()
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
        .AddTypeExtension<UserQueries>()
        .AddTypeExtension<CommunityQueries>()
        .AddTypeExtension<MovementQueries>()
        .AddTypeExtension<CollaborationQueries>()
        .AddTypeExtension<EchoChamberQueries>()
        .AddTypeExtension<StructureQueries>()
        .AddType<CreateUserInputType>()
        .AddType<CreateCommunityInputType>()
        .AddType<CreateMovementInputType>()
        .AddType<MutationResultType>()
        .AddType<CreateUserPayloadType>()
        .AddType<CreateCommunityPayloadType>()
        .AddType<CreateMovementPayloadType>()
        .AddType<RecordCollaborationPayloadType>()
        .AddMutationType(d => d.Name("Mutation"))
        .AddTypeExtension<UserMutations>()
        .AddTypeExtension<CommunityMutations>()
        .AddTypeExtension<MovementMutations>()
        .AddTypeExtension<CollaborationMutations>()
        .AddType<GraphChangeType>()
        .AddSubscriptionType<SubscriptionType>()
        .Create();
}
