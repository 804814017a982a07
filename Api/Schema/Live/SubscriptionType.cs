using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types.Descriptors;
using Network.Api.Schema.Analytics;
using Network.Api.Schema.Collaborations;
using Network.Api.Schema.Communities;
using Network.Api.Schema.Movements;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Scalars;
using Network.Api.Schema.Users;
using Network.Grains.Storage;
using Network.Silo.Listings;
using Network.Silo.Live;
using Network.Silo.Queries;

namespace Network.Api.Schema.Live;

/// <summary>
/// The live fields, fed by the event log through <see cref="LiveFeed"/>. Each takes <c>since</c>: the last graphVersion
/// the client saw, to receive everything after it (at most Live:MaxResumeEvents back). Every event passes the viewer's
/// privacy first: an anonymous subscriber never learns of a members-only or private membership or support.
/// </summary>
public sealed class SubscriptionType : ObjectType<object>
{
    private static readonly string[] NodeTypes = [UserType.TypeName, CommunityType.TypeName, MovementType.TypeName];

    protected override void Configure(IObjectTypeDescriptor<object> descriptor)
    {
        descriptor.Name("Subscription");
        descriptor.Field("graphChanged")
            .Argument("nodeId", a => a.Type<IdType>())
            .Argument("since", a => a.Type<LongType>())
            .Type<NonNullType<GraphChangeType>>()
            .Subscribe(async ctx =>
            {
                long? node = ctx.ArgumentValue<string?>("nodeId") is { } id ? GlobalId.Parse(id, NodeTypes, "nodeId").Id : null;
                var subscription = await SubscribeAsync(ctx, e => node is not { } n || e.Touches(n));
                return Map(subscription, LiveEventMapping.ToGraphChange, ctx.RequestAborted);
            });
        descriptor.Field("collaborationRecorded")
            .Argument("country", a => a.Type<CountryCodeType>())
            .Argument("since", a => a.Type<LongType>())
            .Type<NonNullType<CollaborationType>>()
            .Subscribe(async ctx =>
            {
                var country = ctx.ArgumentValue<string?>("country");
                var subscription = await SubscribeAsync(ctx, e => e.Kind == EventKinds.CollaborationRecorded && (country is null || LiveEventMapping.IsBetween(e, country)));
                return Map(subscription, LiveEventMapping.ToCollaboration, ctx.RequestAborted);
            });
        descriptor.Field("echoChamberUpdated")
            .Argument("scope", a => a.Type<ScopeInputType>())
            .Argument("attribute", a => a.Type<NonNullType<EnumType<UserAttribute>>>().DefaultValue(UserAttribute.Leaning))
            .Argument("since", a => a.Type<LongType>())
            .Type<NonNullType<EchoChamberReportType>>()
            .Subscribe(ctx => new ValueTask<IAsyncEnumerable<EchoChamberUpdate>>(ctx.Service<EchoChamberUpdates>().WatchAsync(
                EchoChamberQueries.Scope(ctx.ArgumentValue<ScopeInput?>("scope")), ctx.ArgumentValue<UserAttribute>("attribute"),
                ctx.Viewer(), ctx.ArgumentValue<long?>("since"), LiveSubscriberHooks.OverflowHandler(ctx), ctx.RequestAborted)))
            .Resolve(ctx => ctx.Parent<EchoChamberUpdate>() is { Report: { } report } ? report : throw ctx.Parent<EchoChamberUpdate>().Error!);
    }

    /// <summary>A feed subscription for this field's viewer: the filter runs after privacy, so it never sees a hidden edge.</summary>
    private static async Task<LiveSubscription> SubscribeAsync(IResolverContext ctx, Func<LiveEvent, bool> filter)
    {
        var viewer = ctx.Viewer();
        var subscription = await ctx.Service<LiveFeed>().SubscribeAsync(ctx.ArgumentValue<long?>("since"),
            e => e.SeenBy(viewer) is { } seen && filter(seen) ? seen : null, ctx.RequestAborted);
        LiveSubscriberHooks.Attach(ctx, subscription);
        return subscription;
    }

    private static async IAsyncEnumerable<T> Map<T>(LiveSubscription subscription, Func<LiveEvent, T> map, CancellationToken requestAborted,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Ends the feed subscription even if the transport never reads the stream.
        await using var registration = requestAborted.Register(() => _ = subscription.DisposeAsync());
        await using var owned = subscription;
        await foreach (var e in subscription.ReadAllAsync(cancellationToken))
            yield return map(e);
    }
}
