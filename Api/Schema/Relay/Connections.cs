using GraphQL.DataLoader;
using GraphQL.Execution;
using Network.Silo.Listings;

namespace Network.Api.Schema.Relay;

/// <summary>Builds a connection from a page of node ids and the loader of their nodes.</summary>
public static class Connections
{
    public static async Task<Connection<T>> LoadAsync<T>(this IResolverContext context, Task<Page<long>> pageTask, DataLoaderBase<long, T?> loader)
        where T : class
    {
        var page = await pageTask;
        // One batch for the page: the executor wakes on the new batch (IBatchDispatcher.TaskEnqueued) and dispatches it.
        var items = await loader.LoadAsync(page.Items, context.RequestAborted);
        return Connection<T>.From(page.Items, items, page.HasNextPage, page.HasPreviousPage, page.TotalCount);
    }
}
