using GraphQL.Execution;
using Network.Silo.Live;

namespace Network.Api.Schema.Live;

/// <summary>
/// How a transport learns that one of its subscribers was closed as slow: it puts a callback in the request's context data
/// under <see cref="OverflowKey"/>, and closes that subscriber (WebSocket close code, SSE error event) when it runs.
/// Without one, the stream itself ends with a SLOW_SUBSCRIBER error.
/// </summary>
public static class LiveSubscriberHooks
{
    public const string OverflowKey = "live.overflow";

    public static Action? OverflowHandler(IResolverContext context) =>
        context.ContextData.TryGetValue(OverflowKey, out var handler) ? handler as Action : null;

    internal static void Attach(IResolverContext context, LiveSubscription subscription)
    {
        if (OverflowHandler(context) is { } onOverflow) subscription.Overflowed += _ => onOverflow();
    }
}
