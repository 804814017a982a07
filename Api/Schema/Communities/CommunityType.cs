using GraphQL.Execution;
using GraphQL.Types.Descriptors;
using Network.Api.Schema.Collaborations;
using Network.Api.Schema.Movements;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Scalars;
using Network.Api.Schema.Users;
using Network.Grains.Common;
using Network.Grains.Communities;
using Network.Silo.Listings;

namespace Network.Api.Schema.Communities;

/// <summary>An online community: its profile, members the caller may see, the movements it joined, its collaborations.</summary>
public sealed class CommunityType : ObjectType<CommunityProfile>
{
    public const string TypeName = "Community";

    protected override void Configure(IObjectTypeDescriptor<CommunityProfile> descriptor)
    {
        descriptor.Name(TypeName);
        descriptor.Implements<NodeType>();
        descriptor.Field("id").Type<NonNullType<IdType>>().Resolve(ctx => GlobalId.Encode(TypeName, ctx.Parent<CommunityProfile>().Id));
        descriptor.Field(c => c.Name);
        descriptor.Field(c => c.Kind);
        descriptor.Field(c => c.Platform);
        descriptor.Field(c => c.Country).Type<NonNullType<CountryCodeType>>();
        descriptor.Field(c => c.Topics);
        descriptor.Field("memberCount").Type<NonNullType<IntType>>()
            .Resolve(ctx => ctx.Service<ListingReader>().CountSourcesAsync(EdgeKind.MemberOf, Id(ctx), ctx.Viewer().MaxVisibility, ctx.RequestAborted));
        descriptor.Field("members").Paged().Type<NonNullType<UserConnectionType>>()
            .Resolve(ctx => ctx.LoadAsync(ctx.Service<ListingReader>().SourcesAsync(
                EdgeKind.MemberOf, Id(ctx), ctx.Viewer().MaxVisibility, ctx.Page(), ctx.RequestAborted), ctx.Service<UserByIdLoader>()));
        descriptor.Field("movements").Paged().Type<NonNullType<MovementConnectionType>>()
            .Resolve(ctx => ctx.LoadAsync(ctx.Service<ListingReader>().TargetsAsync(
                EdgeKind.PartOf, Id(ctx), ctx.Viewer().MaxVisibility, ctx.Page(), ctx.RequestAborted), ctx.Service<MovementByIdLoader>()));
        descriptor.Field("collaborations").CollaborationsOf(Id);
    }

    private static long Id(IResolverContext ctx) => long.Parse(ctx.Parent<CommunityProfile>().Id, System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class CommunityEdgeType() : EdgeType<CommunityProfile>("CommunityEdge");

public sealed class CommunityConnectionType() : ConnectionType<CommunityProfile>("CommunityConnection");
