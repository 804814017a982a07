using GraphQL.Types.Descriptors;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Users;
using Network.Grains.Common;
using Network.Silo.Listings;

namespace Network.Api.Schema.Movements;

/// <summary>The directory of movements, filtered by country (of origin) and topic.</summary>
public sealed class MovementQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Query");
        descriptor.Field("movements").Paged().Filtered().Type<NonNullType<MovementConnectionType>>()
            .Resolve(ctx => ctx.LoadAsync(ctx.Service<ListingReader>().NodesAsync(
                NodeKind.Movement, ctx.ArgumentValue<string?>("country"), UserQueries.Topic(ctx.ArgumentValue<string?>("topic")), ctx.Page(), ctx.RequestAborted),
                ctx.Service<MovementByIdLoader>()));
    }
}
