using GraphQL.Execution;
using GraphQL.Types.Descriptors;
using Network.Api.Schema.Communities;
using Network.Api.Schema.Movements;
using Network.Api.Schema.Relay;
using Network.Grains.Common;
using Network.Silo.Listings;

namespace Network.Api.Schema.Collaborations;

/// <summary>A collaboration between two actors (communities or movements); cross-border when their countries differ.</summary>
public sealed class CollaborationType : ObjectType<CollaborationRecord>
{
    public const string TypeName = "Collaboration";

    protected override void Configure(IObjectTypeDescriptor<CollaborationRecord> descriptor)
    {
        descriptor.Name(TypeName);
        descriptor.Implements<NodeType>();
        descriptor.Field("id").Type<NonNullType<IdType>>().Resolve(ctx => GlobalId.Encode(TypeName, ctx.Parent<CollaborationRecord>().Id));
        descriptor.Field("from").Type<NonNullType<ActorType>>().Resolve(ctx => LoadActor(ctx, ctx.Parent<CollaborationRecord>().FromKind, ctx.Parent<CollaborationRecord>().FromId));
        descriptor.Field("to").Type<NonNullType<ActorType>>().Resolve(ctx => LoadActor(ctx, ctx.Parent<CollaborationRecord>().ToKind, ctx.Parent<CollaborationRecord>().ToId));
        descriptor.Field(c => c.Kind);
        descriptor.Field(c => c.OccurredAt);
        descriptor.Field(c => c.CrossBorder);
    }

    private static async Task<object?> LoadActor(IResolverContext ctx, NodeKind kind, long id) => kind switch
    {
        NodeKind.Community => await ctx.Service<CommunityByIdLoader>().LoadAsync(id, ctx.RequestAborted),
        NodeKind.Movement => await ctx.Service<MovementByIdLoader>().LoadAsync(id, ctx.RequestAborted),
        _ => null,
    };
}

/// <summary>Either end of a collaboration.</summary>
public sealed class ActorType : UnionType<object>
{
    protected override void Configure(IUnionTypeDescriptor descriptor)
    {
        descriptor.Name("Actor");
        descriptor.Type<CommunityType>();
        descriptor.Type<MovementType>();
    }
}

public sealed class CollaborationEdgeType() : EdgeType<CollaborationRecord>("CollaborationEdge");

public sealed class CollaborationConnectionType() : ConnectionType<CollaborationRecord>("CollaborationConnection");

internal static class CollaborationFields
{
    /// <summary>collaborations(first, after, crossBorderOnly = false) of the actor whose node id <paramref name="actorId"/> gives.</summary>
    public static IObjectFieldDescriptor CollaborationsOf(this IObjectFieldDescriptor field, Func<IResolverContext, long> actorId) => field
        .Paged()
        .Argument("crossBorderOnly", a => a.Type<BooleanType>().DefaultValue(false))
        .Type<NonNullType<CollaborationConnectionType>>()
        .Resolve(async ctx =>
        {
            var filter = new CollaborationFilter(ActorId: actorId(ctx), CrossBorderOnly: ctx.ArgumentValue<bool>("crossBorderOnly"));
            return ToConnection(await ctx.Service<ListingReader>().CollaborationsAsync(filter, ctx.Page(), ctx.RequestAborted));
        });

    public static Connection<CollaborationRecord> ToConnection(Page<CollaborationRecord> page) =>
        Connection<CollaborationRecord>.From(page.Items.Select(c => c.Id).ToArray(), page.Items, page.HasNextPage, page.HasPreviousPage, page.TotalCount);
}
