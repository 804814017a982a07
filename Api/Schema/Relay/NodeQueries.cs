using GraphQL.Execution;
using GraphQL.Types.Descriptors;
using Network.Api.Schema.Collaborations;
using Network.Api.Schema.Communities;
using Network.Api.Schema.Movements;
using Network.Api.Schema.Scalars;
using Network.Api.Schema.Users;
using Network.Silo.Listings;
using Network.Silo.Storage;

namespace Network.Api.Schema.Relay;

/// <summary>
/// Relay's refetch entry points, node(id) and nodes(ids), and the current graph version. An id we issued for a node
/// that no longer (or never) exists gives null; anything we did not issue is an INVALID_ID error.
/// </summary>
public sealed class NodeQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Query");
        descriptor.Field("node")
            .Argument("id", a => a.Type<NonNullType<IdType>>())
            .Type<NodeType>()
            .Resolve(ctx => LoadAsync(ctx, ctx.ArgumentValue<string>("id"), "id"));
        descriptor.Field("nodes")
            .Argument("ids", a => a.Type<NonNullType<ListType<NonNullType<IdType>>>>())
            .Type<NonNullType<ListType<NodeType>>>()
            .Resolve(async ctx =>
            {
                var ids = ctx.ArgumentValue<IReadOnlyList<object?>>("ids");
                if (ids.Count > Paging.MaxPageSize)
                    throw new GraphQLException($"Argument 'ids' may hold at most {Paging.MaxPageSize} ids; got {ids.Count}.", Paging.PageSizeCode);
                var loads = new Task<object?>[ids.Count];
                for (var i = 0; i < loads.Length; i++) loads[i] = LoadAsync(ctx, (string)ids[i]!, $"ids[{i}]");
                return await Task.WhenAll(loads);
            });
        descriptor.Field("graphVersion").Type<NonNullType<LongType>>()
            .Resolve(ctx => ctx.Service<GraphReader>().GetGraphVersionAsync(ctx.RequestAborted));
    }

    private static async Task<object?> LoadAsync(IResolverContext ctx, string globalId, string argument)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var id))
            throw new GraphQLException($"Argument '{argument}': '{globalId}' is not a valid id.", GlobalId.InvalidIdCode);
        return typeName switch
        {
            UserType.TypeName => await ctx.Service<UserByIdLoader>().LoadAsync(id, ctx.RequestAborted),
            CommunityType.TypeName => await ctx.Service<CommunityByIdLoader>().LoadAsync(id, ctx.RequestAborted),
            MovementType.TypeName => await ctx.Service<MovementByIdLoader>().LoadAsync(id, ctx.RequestAborted),
            CollaborationType.TypeName => await ctx.Service<ListingReader>().CollaborationAsync(id, ctx.RequestAborted),
            _ => throw new GraphQLException($"Argument '{argument}': '{globalId}' is not the id of a node type.", GlobalId.InvalidIdCode),
        };
    }
}
