using GraphQL.Types.Descriptors;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Users;
using Network.Grains.Common;
using Network.Silo.Listings;

namespace Network.Api.Schema.Communities;

/// <summary>The directory of communities, filtered by country and topic.</summary>
public sealed class CommunityQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Query");
        descriptor.Field("communities").Paged().Filtered().Type<NonNullType<CommunityConnectionType>>()
            .Resolve(ctx => ctx.LoadAsync(ctx.Service<ListingReader>().NodesAsync(
                NodeKind.Community, ctx.ArgumentValue<string?>("country"), UserQueries.Topic(ctx.ArgumentValue<string?>("topic")), ctx.Page(), ctx.RequestAborted),
                ctx.Service<CommunityByIdLoader>()));
    }
}
