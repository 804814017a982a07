using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Network.Grains.Common;
using Network.Grains.Storage;
using Network.Silo.Projection;
using Network.Silo.Queries;

namespace Network.Silo.Live;

/// <summary>A pushed echo-chamber report, or the reason none could be computed at that version (too few people, no ties).</summary>
public sealed record EchoChamberUpdate(EchoChamberReport? Report, GraphException? Error);

/// <summary>
/// echoChamberUpdated: watches the feed for changes to one scope's tie graph as the viewer sees it, and recomputes the
/// report once per debounce window (<see cref="LiveOptions.EchoChamberDebounce"/>): the first candidate event opens the
/// window, every event until it closes joins it, and the report is recomputed once, at a version that includes them
/// all, only when at least one of them changed the scope. Changes a viewer may not see never count.
/// </summary>
public sealed class EchoChamberUpdates(LiveFeed feed, GraphQueries queries, ILogger<EchoChamberUpdates> logger)
{
    private long _recomputations;

    /// <summary>How many reports were recomputed for subscribers since start; lets tests see that nothing ran.</summary>
    public long Recomputations => Interlocked.Read(ref _recomputations);

    /// <summary>
    /// Reports for <paramref name="scope"/> as <paramref name="viewer"/> sees it, after <paramref name="since"/> (or now).
    /// <paramref name="onOverflow"/> runs when the subscriber is closed as slow; cancelling ends the watch.
    /// </summary>
    public async Task<IAsyncEnumerable<EchoChamberUpdate>> WatchAsync(Scope scope, UserAttribute attribute, Viewer viewer, long? since,
        Action? onOverflow, CancellationToken cancellationToken)
    {
        var subscription = await feed.SubscribeAsync(since, e => e.SeenBy(viewer) is { } seen && MayChange(scope, seen) ? seen : null, cancellationToken);
        if (onOverflow is not null) subscription.Overflowed += _ => onOverflow();
        // Ends the feed subscription even if the stream is never read.
        cancellationToken.Register(() => _ = subscription.DisposeAsync());
        return UpdatesAsync(subscription, scope, attribute, viewer, cancellationToken);
    }

    private async IAsyncEnumerable<EchoChamberUpdate> UpdatesAsync(LiveSubscription subscription, Scope scope, UserAttribute attribute, Viewer viewer,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var events = subscription.ReadAllAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        var window = new List<LiveEvent>();
        var next = events.MoveNextAsync().AsTask();
        try
        {
            var ended = false;
            while (!ended && await next)
            {
                window.Add(events.Current);
                var closes = DateTime.UtcNow + feed.Options.EchoChamberDebounce;
                next = events.MoveNextAsync().AsTask();
                while (true)
                {
                    var remaining = closes - DateTime.UtcNow;
                    if (remaining <= TimeSpan.Zero) break;
                    using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    if (await Task.WhenAny(next, Task.Delay(remaining, timer.Token)) != next) break;
                    timer.Cancel();
                    if (!await next)
                    {
                        ended = true;
                        break;
                    }
                    window.Add(events.Current);
                    next = events.MoveNextAsync().AsTask();
                }

                var update = await EvaluateAsync(window, scope, attribute, viewer, cancellationToken);
                window.Clear();
                if (update is not null) yield return update;
            }
        }
        finally
        {
            // Closing the subscription ends the read in flight, so the enumerator can be disposed.
            await subscription.DisposeAsync();
            try { await next; } catch { /* ending: its outcome no longer matters */ }
            await events.DisposeAsync();
        }
    }

    /// <summary>A recomputed report when an event of the window changed the scope; null when none did.</summary>
    private async Task<EchoChamberUpdate?> EvaluateAsync(List<LiveEvent> window, Scope scope, UserAttribute attribute, Viewer viewer, CancellationToken cancellationToken)
    {
        var version = window[^1].Version;
        try
        {
            var projection = await queries.AtAsync(version, cancellationToken);
            var changed = projection.Read(p => window.Any(e => Changes(p, scope, attribute, viewer, e)));
            return changed ? await RecomputeAsync(scope, attribute, viewer, version, cancellationToken) : null;
        }
        catch (GraphException refused)
        {
            return new EchoChamberUpdate(null, refused);
        }
    }

    private async Task<EchoChamberUpdate> RecomputeAsync(Scope scope, UserAttribute attribute, Viewer viewer, long version, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _recomputations);
        try
        {
            return new EchoChamberUpdate(await queries.EchoChamberAsync(scope, attribute, 0, version, viewer, cancellationToken), null);
        }
        catch (GraphException refused)
        {
            logger.LogDebug("echoChamberUpdated for {Scope} at {Version}: {Code}.", scope, version, refused.Code);
            return new EchoChamberUpdate(null, refused);
        }
    }

    /// <summary>Kinds that can change some scope's tie graph, cheaply, before looking at the projection.</summary>
    private static bool MayChange(Scope scope, LiveEvent e) => e.Kind switch
    {
        EventKinds.UserCreated or EventKinds.Followed or EventKinds.Unfollowed or EventKinds.Interacted => true,
        EventKinds.JoinedCommunity or EventKinds.LeftCommunity => e.ObjectId == scope.CommunityId,
        EventKinds.SupportedMovement or EventKinds.SupportWithdrawn => e.ObjectId == scope.MovementId,
        _ => false,
    };

    /// <summary>
    /// Whether the event changed the report's graph: a grouped user in the scope appeared, a tie between two such users
    /// changed, or a grouped user entered or left the scope's community or movement. Read on the projection at or after
    /// the event; when it is after, a later change that makes this answer differ is itself a change of the scope.
    /// </summary>
    private static bool Changes(GraphProjection p, Scope scope, UserAttribute attribute, Viewer viewer, LiveEvent e) => e.Kind switch
    {
        EventKinds.UserCreated => Counts(p, scope, attribute, viewer, e.SubjectId),
        EventKinds.Followed or EventKinds.Unfollowed or EventKinds.Interacted =>
            Counts(p, scope, attribute, viewer, e.SubjectId) && Counts(p, scope, attribute, viewer, e.ObjectId!.Value),
        EventKinds.JoinedCommunity or EventKinds.LeftCommunity => Counts(p, scope with { CommunityId = null }, attribute, viewer, e.SubjectId),
        EventKinds.SupportedMovement or EventKinds.SupportWithdrawn => Counts(p, scope with { MovementId = null }, attribute, viewer, e.SubjectId),
        _ => false,
    };

    /// <summary>The user is in the scope as the viewer sees it, and has the attribute (users without it are left out of the metric).</summary>
    private static bool Counts(GraphProjection p, Scope scope, UserAttribute attribute, Viewer viewer, long userId)
    {
        if (!p.Nodes.TryIndex(userId, out var u) || p.Nodes.Kind(u) != NodeKind.User) return false;
        var hasAttribute = attribute == UserAttribute.Leaning ? !double.IsNaN(p.Nodes.Leaning(u)) : p.Nodes.Country(u) is not null;
        if (!hasAttribute) return false;
        if (scope.Topic is { } topic && !p.Nodes.Topics(u).Contains(topic)) return false;
        if (scope.CommunityId is { } c && !Edge(p, EdgeKind.MemberOf, u, c, viewer)) return false;
        if (scope.MovementId is { } m && !Edge(p, EdgeKind.Supports, u, m, viewer)) return false;
        return true;
    }

    private static bool Edge(GraphProjection p, EdgeKind kind, int user, long target, Viewer viewer) =>
        p.Nodes.TryIndex(target, out var t) && p.Edges(kind).TryGet(EdgeSet.Key(user, t), out _, out var visibility) && viewer.Sees(visibility);
}
