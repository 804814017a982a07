using GraphQL.Execution;
using Network.Api.Schema.Relay;
using Network.Silo.Listings;
using Network.Silo.Queries;

namespace Network.Api.Schema;

/// <summary>What most resolvers ask of their context: who is asking, and which page they want.</summary>
public static class ResolverContextExtensions
{
    public const string ViewerKey = "viewer";

    /// <summary>The caller, as far as privacy goes; anonymous unless the transport said otherwise.</summary>
    public static Viewer Viewer(this IResolverContext context) =>
        context.ContextData.TryGetValue(ViewerKey, out var viewer) && viewer is Viewer known ? known : Silo.Queries.Viewer.Anonymous;

    /// <summary>The Relay paging arguments of this field, checked (first ≤ 100, a cursor we issued).</summary>
    public static PageRequest Page(this IResolverContext context) =>
        Paging.Request(context.ArgumentValue<int?>("first"), context.ArgumentValue<string?>("after"));
}
