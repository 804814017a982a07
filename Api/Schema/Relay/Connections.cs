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
        var loads = loader.LoadAsync(page.Items, context.RequestAborted);
        // Past an await the executor no longer dispatches on our behalf: start the batch ourselves (one per page).
        context.Service<BatchScheduler>().Dispatch();
        var items = await loads;
        return Connection<T>.From(page.Items, items, page.HasNextPage, page.HasPreviousPage, page.TotalCount);
    }
}
