using GraphQL.Execution;
using GraphQL.Types.Descriptors;
using Network.Api.Schema.Collaborations;
using Network.Api.Schema.Communities;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Scalars;
using Network.Api.Schema.Users;
using Network.Grains.Common;
using Network.Grains.Movements;
using Network.Silo.Listings;
using Network.Silo.Queries;

namespace Network.Api.Schema.Movements;

/// <summary>A social movement: its profile, supporters the caller may see, its communities, collaborations and likely allies.</summary>
public sealed class MovementType : ObjectType<MovementProfile>
{
    public const string TypeName = "Movement";

    protected override void Configure(IObjectTypeDescriptor<MovementProfile> descriptor)
    {
        descriptor.Name(TypeName);
        descriptor.Implements<NodeType>();
        descriptor.Field("id").Type<NonNullType<IdType>>().Resolve(ctx => GlobalId.Encode(TypeName, ctx.Parent<MovementProfile>().Id));
        descriptor.Field(m => m.Name);
        descriptor.Field(m => m.Hashtags);
        descriptor.Field(m => m.Topics);
        descriptor.Field(m => m.OriginCountry).Type<NonNullType<CountryCodeType>>();
        descriptor.Field("countries").Type<NonNullType<ListType<NonNullType<CountryCodeType>>>>()
            .Resolve(async ctx =>
            {
                // Where the movement is present: its origin, then the countries of its communities.
                var movement = ctx.Parent<MovementProfile>();
                var others = await ctx.Service<ListingReader>().CountriesOfCommunitiesAsync(Id(ctx), ctx.RequestAborted);
                return (IReadOnlyList<string>)[movement.OriginCountry, .. others.Where(c => c != movement.OriginCountry)];
            });
        descriptor.Field("supporterCount").Type<NonNullType<IntType>>()
            .Resolve(ctx => ctx.Service<ListingReader>().CountSourcesAsync(EdgeKind.Supports, Id(ctx), ctx.Viewer().MaxVisibility, ctx.RequestAborted));
        descriptor.Field("supporters").Paged().Type<NonNullType<UserConnectionType>>()
            .Resolve(ctx => ctx.LoadAsync(ctx.Service<ListingReader>().SourcesAsync(
                EdgeKind.Supports, Id(ctx), ctx.Viewer().MaxVisibility, ctx.Page(), ctx.RequestAborted), ctx.Service<UserByIdLoader>()));
        descriptor.Field("communities").Paged().Type<NonNullType<CommunityConnectionType>>()
            .Resolve(ctx => ctx.LoadAsync(ctx.Service<ListingReader>().SourcesAsync(
                EdgeKind.PartOf, Id(ctx), ctx.Viewer().MaxVisibility, ctx.Page(), ctx.RequestAborted), ctx.Service<CommunityByIdLoader>()));
        descriptor.Field("collaborations").CollaborationsOf(Id);
        descriptor.Field("alliedCommunities")
            .Argument("first", a => a.Type<IntType>().DefaultValue(10))
            .Argument("crossBorderOnly", a => a.Type<BooleanType>().DefaultValue(false))
            .Type<NonNullType<ListType<NonNullType<AllyCandidateType>>>>()
            .Resolve(async ctx =>
            {
                var ranking = await ctx.Service<GraphQueries>().AlliedCommunitiesAsync(
                    Id(ctx), ctx.ArgumentValue<int>("first"), ctx.ArgumentValue<bool>("crossBorderOnly"), null, ctx.Viewer(), ctx.RequestAborted);
                return ranking.Candidates;
            });
    }

    private static long Id(IResolverContext ctx) => long.Parse(ctx.Parent<MovementProfile>().Id, System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class MovementEdgeType() : EdgeType<MovementProfile>("MovementEdge");

public sealed class MovementConnectionType() : ConnectionType<MovementProfile>("MovementConnection");

/// <summary>A community a movement could ally with, and why: the people and topics they share.</summary>
public sealed class AllyCandidateType : ObjectType<AllyCandidate>
{
    protected override void Configure(IObjectTypeDescriptor<AllyCandidate> descriptor)
    {
        descriptor.Field("community").Type<NonNullType<CommunityType>>()
            .Resolve(ctx => ctx.Service<CommunityByIdLoader>().LoadAsync(ctx.Parent<AllyCandidate>().CommunityId, ctx.RequestAborted));
        descriptor.Field(a => a.Score);
        descriptor.Field(a => a.SharedMembers);
        descriptor.Field(a => a.SharedTopics);
        descriptor.Field(a => a.CrossBorder);
    }
}
