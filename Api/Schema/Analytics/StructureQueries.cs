using GraphQL.Types.Descriptors;
using Network.Api.Schema.Relay;
using Network.Api.Schema.Scalars;
using Network.Api.Schema.Communities;
using Network.Api.Schema.Movements;
using Network.Api.Schema.Users;
using Network.Grains.Common;
using Network.Silo.Listings;
using Network.Silo.Queries;

namespace Network.Api.Schema.Analytics;

/// <summary>Who is central, which communities the ties form, and how far apart two people are.</summary>
public sealed class StructureQueries : ObjectTypeExtension
{
    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name("Query");
        descriptor.Field("centrality")
            .Argument("measure", a => a.Type<NonNullType<CentralityMeasureType>>())
            .Argument("kind", a => a.Type<ActorKindType>().DefaultValue(NodeKind.User))
            .Argument("first", a => a.Type<IntType>().DefaultValue(10))
            .Argument("minVersion", a => a.Type<LongType>())
            .Type<NonNullType<ListType<NonNullType<RankedNodeType>>>>()
            .Resolve(async ctx => (await ctx.Service<GraphQueries>().CentralityAsync(
                ctx.ArgumentValue<CentralityMeasure>("measure"), ctx.ArgumentValue<NodeKind?>("kind") ?? NodeKind.User,
                ctx.ArgumentValue<int?>("first") ?? 10, ctx.ArgumentValue<long?>("minVersion"), ctx.RequestAborted)).Nodes);
        descriptor.Field("communityStructure")
            .Argument("resolution", a => a.Type<FloatType>().DefaultValue(1.0))
            .Argument("minVersion", a => a.Type<LongType>())
            .Type<NonNullType<CommunityStructureType>>()
            .Resolve(ctx => ctx.Service<GraphQueries>().CommunityStructureAsync(
                ctx.ArgumentValue<double?>("resolution") ?? 1.0, ctx.ArgumentValue<long?>("minVersion"), ctx.Viewer(), ctx.RequestAborted));
        descriptor.Field("shortestPath")
            .Argument("from", a => a.Type<NonNullType<IdType>>())
            .Argument("to", a => a.Type<NonNullType<IdType>>())
            .Argument("maxHops", a => a.Type<IntType>().DefaultValue(6))
            .Argument("minVersion", a => a.Type<LongType>())
            .Type<ListType<NonNullType<NodeType>>>()
            .Resolve(async ctx =>
            {
                var from = GlobalId.Parse(ctx.ArgumentValue<string>("from"), UserType.TypeName, "from");
                var to = GlobalId.Parse(ctx.ArgumentValue<string>("to"), UserType.TypeName, "to");
                var path = await ctx.Service<GraphQueries>().ShortestPathAsync(
                    from, to, ctx.ArgumentValue<int?>("maxHops") ?? 6, ctx.ArgumentValue<long?>("minVersion"), ctx.RequestAborted);
                if (path.Nodes is null) return null;
                return (object?)await ctx.Service<UserByIdLoader>().LoadAsync(path.Nodes, ctx.RequestAborted);
            });
    }
}

/// <summary>The kinds of actor: the node kinds, under the schema's name.</summary>
public sealed class ActorKindType : EnumType<NodeKind>
{
    protected override void Configure(IEnumTypeDescriptor<NodeKind> descriptor) => descriptor.Name("ActorKind");
}

public sealed class CentralityMeasureType : EnumType<CentralityMeasure>
{
    protected override void Configure(IEnumTypeDescriptor<CentralityMeasure> descriptor) =>
        descriptor.Value(CentralityMeasure.PageRank).Name("PAGERANK");
}

/// <summary>A node's place in a centrality ranking: a user, a community or a movement.</summary>
public sealed class RankedNodeType : ObjectType<RankedNode>
{
    protected override void Configure(IObjectTypeDescriptor<RankedNode> descriptor)
    {
        descriptor.Field("node").Type<NonNullType<NodeType>>()
            .Resolve(async ctx =>
            {
                var ranked = ctx.Parent<RankedNode>();
                return ranked.Kind switch
                {
                    NodeKind.Community => (object?)await ctx.Service<CommunityByIdLoader>().LoadAsync(ranked.NodeId, ctx.RequestAborted),
                    NodeKind.Movement => await ctx.Service<MovementByIdLoader>().LoadAsync(ranked.NodeId, ctx.RequestAborted),
                    _ => await ctx.Service<UserByIdLoader>().LoadAsync(ranked.NodeId, ctx.RequestAborted),
                };
            });
        descriptor.Field(r => r.Score);
        descriptor.Field(r => r.Rank);
    }
}

public sealed class CommunityStructureType : ObjectType<CommunityStructure>
{
    protected override void Configure(IObjectTypeDescriptor<CommunityStructure> descriptor)
    {
        descriptor.Field(s => s.GraphVersion);
        descriptor.Field(s => s.Modularity);
        descriptor.Field(s => s.Communities);
    }
}

/// <summary>One community that detection found; its members page in id order.</summary>
public sealed class DetectedCommunityType : ObjectType<DetectedCommunity>
{
    protected override void Configure(IObjectTypeDescriptor<DetectedCommunity> descriptor)
    {
        descriptor.Field(c => c.Label);
        descriptor.Field("size").Type<NonNullType<IntType>>().Resolve(ctx => ctx.Parent<DetectedCommunity>().Members.Count);
        descriptor.Field("members").Paged().Type<NonNullType<UserConnectionType>>()
            .Resolve(ctx =>
            {
                var members = ctx.Parent<DetectedCommunity>().Members.Order().ToList();
                var page = ctx.Page();
                var start = page.After is { } after ? LowerBound(members, after + 1) : 0;
                var items = members.Skip(start).Take(page.First).ToList();
                var result = new Page<long>(items, start + items.Count < members.Count, start > 0, members.Count);
                return ctx.LoadAsync(Task.FromResult(result), ctx.Service<UserByIdLoader>());
            });
    }

    private static int LowerBound(List<long> sorted, long value)
    {
        var index = sorted.BinarySearch(value);
        return index >= 0 ? index : ~index;
    }
}
