using GraphQL.Types.Descriptors;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Scalars;
using Network.Grains.Common;
using Network.Silo.Listings;

namespace Network.Api.Schema.Users;

/// <summary>The directory of users, filtered by country and topic.</summary>
public sealed class UserQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Query");
        descriptor.Field("users").Paged().Filtered().Type<NonNullType<UserConnectionType>>()
            .Resolve(ctx => ctx.LoadAsync(ctx.Service<ListingReader>().NodesAsync(
                NodeKind.User, ctx.ArgumentValue<string?>("country"), Topic(ctx.ArgumentValue<string?>("topic")), ctx.Page(), ctx.RequestAborted),
                ctx.Service<UserByIdLoader>()));
    }

    /// <summary>Topics are stored trimmed and lower-cased, so the filter is too.</summary>
    internal static string? Topic(string? topic) => topic?.Trim().ToLowerInvariant();
}

/// <summary>country: CountryCode, topic: String — the directory filters.</summary>
public static class DirectoryArguments
{
    public static IObjectFieldDescriptor Filtered(this IObjectFieldDescriptor field) => field
        .Argument("country", a => a.Type<CountryCodeType>())
        .Argument("topic", a => a.Type<StringType>());
}
