using GraphQL.Types.Descriptors;
using Network.Api.Schema.Communities;
using Network.Api.Schema.Movements;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Scalars;
using Network.Grains.Common;
using Network.Grains.Users;
using Network.Silo.Listings;

namespace Network.Api.Schema.Users;

/// <summary>A person: the profile from the user's grain, and the lists of whom they follow and where they belong.</summary>
public sealed class UserType : ObjectType<UserProfile>
{
    public const string TypeName = "User";

    protected override void Configure(IObjectTypeDescriptor<UserProfile> descriptor)
    {
        descriptor.Name(TypeName);
        descriptor.Implements<NodeType>();
        descriptor.Field("id").Type<NonNullType<IdType>>().Resolve(ctx => GlobalId.Encode(TypeName, ctx.Parent<UserProfile>().Id));
        descriptor.Field(u => u.Handle);
        descriptor.Field(u => u.DisplayName);
        descriptor.Field(u => u.Country).Type<CountryCodeType>();
        descriptor.Field(u => u.Topics);
        descriptor.Field(u => u.Leaning);
        descriptor.Field(u => u.CreatedAt);
        descriptor.Field("following").Paged().Type<NonNullType<UserConnectionType>>()
            .Resolve(ctx => ctx.LoadAsync(ctx.Service<ListingReader>().TargetsAsync(
                EdgeKind.Follows, Id(ctx.Parent<UserProfile>()), ctx.Viewer().MaxVisibility, ctx.Page(), ctx.RequestAborted), ctx.Service<UserByIdLoader>()));
        descriptor.Field("followers").Paged().Type<NonNullType<UserConnectionType>>()
            .Resolve(ctx => ctx.LoadAsync(ctx.Service<ListingReader>().SourcesAsync(
                EdgeKind.Follows, Id(ctx.Parent<UserProfile>()), ctx.Viewer().MaxVisibility, ctx.Page(), ctx.RequestAborted), ctx.Service<UserByIdLoader>()));
        descriptor.Field("communities").Paged().Type<NonNullType<CommunityConnectionType>>()
            .Resolve(ctx => ctx.LoadAsync(ctx.Service<ListingReader>().TargetsAsync(
                EdgeKind.MemberOf, Id(ctx.Parent<UserProfile>()), ctx.Viewer().MaxVisibility, ctx.Page(), ctx.RequestAborted), ctx.Service<CommunityByIdLoader>()));
        descriptor.Field("movements").Paged().Type<NonNullType<MovementConnectionType>>()
            .Resolve(ctx => ctx.LoadAsync(ctx.Service<ListingReader>().TargetsAsync(
                EdgeKind.Supports, Id(ctx.Parent<UserProfile>()), ctx.Viewer().MaxVisibility, ctx.Page(), ctx.RequestAborted), ctx.Service<MovementByIdLoader>()));
    }

    internal static long Id(UserProfile user) => long.Parse(user.Id, System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class UserEdgeType() : EdgeType<UserProfile>("UserEdge");

public sealed class UserConnectionType() : ConnectionType<UserProfile>("UserConnection");
