using GraphQL.Types.Descriptors;

namespace Network.Api.Schema.Relay;

/// <summary>The Relay edge of <typeparamref name="T"/>; one small subclass per node type names it.</summary>
public abstract class EdgeType<T>(string name) : ObjectType<Edge<T>>
{
    protected override void Configure(IObjectTypeDescriptor<Edge<T>> descriptor)
    {
        descriptor.Name(name);
        descriptor.Field(e => e.Cursor);
        descriptor.Field(e => e.Node);
    }
}

/// <summary>The Relay connection of <typeparamref name="T"/>, with the size of the whole list the caller may see.</summary>
public abstract class ConnectionType<T>(string name) : ObjectType<Connection<T>>
{
    protected override void Configure(IObjectTypeDescriptor<Connection<T>> descriptor)
    {
        descriptor.Name(name);
        descriptor.Field(c => c.Edges);
        descriptor.Field(c => c.Nodes);
        descriptor.Field(c => c.PageInfo);
        descriptor.Field(c => c.TotalCount);
    }
}

public sealed class PageInfoType : ObjectType<PageInfo>
{
    protected override void Configure(IObjectTypeDescriptor<PageInfo> descriptor)
    {
        descriptor.Field(p => p.HasNextPage);
        descriptor.Field(p => p.HasPreviousPage);
        descriptor.Field(p => p.StartCursor);
        descriptor.Field(p => p.EndCursor);
    }
}

/// <summary>first: Int, after: String — the Relay paging arguments.</summary>
public static class PagingArguments
{
    public static IObjectFieldDescriptor Paged(this IObjectFieldDescriptor field) => field
        .Argument("first", a => a.Type<IntType>())
        .Argument("after", a => a.Type<StringType>());
}
