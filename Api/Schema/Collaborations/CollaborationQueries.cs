using GraphQL.Types.Descriptors;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Scalars;
using Network.Silo.Listings;
using Network.Silo.Queries;

namespace Network.Api.Schema.Collaborations;

/// <summary>Where solidarity crosses borders: the cross-border collaborations one by one, and counted by country pair.</summary>
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
            .Resolve(async ctx =>
            {
                var page = ctx.Page();
                // The list reads committed rows; minVersion still holds its promise (and its error) by waiting for the projection.
                if (ctx.ArgumentValue<long?>("minVersion") is { } minVersion) await ctx.Service<GraphQueries>().AtAsync(minVersion, ctx.RequestAborted);
                var filter = new CollaborationFilter(
                    Country: ctx.ArgumentValue<string?>("country"), CrossBorderOnly: true,
                    Since: ctx.ArgumentValue<DateTimeOffset?>("since"), Until: ctx.ArgumentValue<DateTimeOffset?>("until"));
                return CollaborationFields.ToConnection(await ctx.Service<ListingReader>().CollaborationsAsync(filter, page, ctx.RequestAborted));
            });
        descriptor.Field("crossBorderMatrix")
            .Argument("since", a => a.Type<DateTimeType>())
            .Argument("until", a => a.Type<DateTimeType>())
            .Argument("minVersion", a => a.Type<LongType>())
            .Type<NonNullType<ListType<NonNullType<CountryPairType>>>>()
            .Resolve(async ctx => (await ctx.Service<GraphQueries>().CrossBorderMatrixAsync(
                ctx.ArgumentValue<DateTimeOffset?>("since"), ctx.ArgumentValue<DateTimeOffset?>("until"), ctx.ArgumentValue<long?>("minVersion"), ctx.RequestAborted)).Pairs);
    }
}

/// <summary>How many cross-border collaborations went from one country to another.</summary>
public sealed class CountryPairType : ObjectType<CountryPair>
{
    protected override void Configure(IObjectTypeDescriptor<CountryPair> descriptor)
    {
        descriptor.Field(p => p.From).Type<NonNullType<CountryCodeType>>();
        descriptor.Field(p => p.To).Type<NonNullType<CountryCodeType>>();
        descriptor.Field(p => p.Count);
    }
}
