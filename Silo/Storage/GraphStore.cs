using System.Text.Json;
using System.Text.Json.Nodes;
using Network.Grains.Common;
using Network.Grains.Storage;
using Orleans.Runtime;
using Orleans.Storage;

namespace Network.Silo.Storage;

/// <summary>Commits a grain's mutation: state row, node/edge/collaboration rows and one event, in one transaction.</summary>
public sealed class GraphStore(CommitQueue queue) : IGraphStore
{
    public Task<long> CommitAsync<TState>(IPersistentState<TState> state, GraphMutation mutation)
    {
        if (state is not IPersistentStateRow<TState> row)
            throw new ArgumentException("The state must come from the runtime's [PersistentState] injection.", nameof(state));
        return queue.EnqueueAsync(new MutationWrite<TState>(row, mutation));
    }

    private sealed class MutationWrite<TState>(IPersistentStateRow<TState> row, GraphMutation mutation) : PendingWrite
    {
        private readonly string _payload = JsonSerializer.Serialize(row.State, StateRows.Json);
        private string? _etag;

        public override async Task<(long, bool)> ExecuteAsync(WriteContext context)
        {
            var version = context.Clock + 1;
            var change = mutation.Event;
            if (mutation.Edge is { } edge)
            {
                if (edge.Op == EdgeOp.Upsert && edge.Kind is EdgeKind.MemberOf or EdgeKind.Supports)
                    change = await WithPreviousVisibility(context, edge, change);
                if (await ApplyEdge(context, edge, version) == 0)
                    return (context.Clock, false); // a repeat: nothing to write, the current version answers
            }

            _etag = await StateRows.WriteAsync(context, row.StateName, row.GrainId.ToString(), _payload, row.ETag);
            if (mutation.CreateNode is { } node) await InsertNode(context, node, version);
            if (mutation.Collaboration is { } c)
            {
                await context.ExecuteAsync(
                    """
                    INSERT INTO collaborations (id, from_id, from_kind, to_id, to_kind, kind, occurred_at, from_country, to_country, version)
                    VALUES (@i, @f, @fk, @t, @tk, @k, @at, @fc, @tc, @v)
                    """,
                    ("i", c.Id), ("f", c.FromId), ("fk", (short)c.FromKind), ("t", c.ToId), ("tk", (short)c.ToKind), ("k", (short)c.Kind),
                    ("at", c.OccurredAt.ToUnixTimeMilliseconds()), ("fc", c.FromCountry), ("tc", c.ToCountry), ("v", version));
            }
            return (await context.AppendEventAsync(change), true);
        }

        /// <summary>
        /// A join or support that changes the visibility of an existing edge records the visibility it replaced, so that
        /// subscribers who could see the edge and now may not are told it ended for them.
        /// </summary>
        private static async Task<ChangeEvent> WithPreviousVisibility(WriteContext context, EdgeChange edge, ChangeEvent change)
        {
            var stored = await context.ScalarAsync("SELECT visibility FROM edges WHERE kind = @k AND source = @s AND target = @t",
                ("k", (short)edge.Kind), ("s", edge.Source), ("t", edge.Target));
            if (stored is null or DBNull || (Visibility)Convert.ToInt16(stored) is var previous && previous == edge.Visibility) return change;
            var data = change.Data is null ? new JsonObject() : JsonNode.Parse(change.Data)!.AsObject();
            data["previousVisibility"] = JsonSerializer.SerializeToNode(previous, EventData.Options);
            return change with { Data = data.ToJsonString() };
        }

        protected override void OnCommitted()
        {
            if (_etag is null) return; // a repeat wrote nothing, so the stored version did not move
            row.ETag = _etag;
            row.RecordExists = true;
        }

        public override Exception Translate(Exception error, SqlDialect dialect) =>
            dialect.IsUniqueViolation(error) && mutation.CreateNode is { } node
                ? node.UniqueKey is not null
                    ? new GraphException(ErrorCodes.HandleTaken, $"The handle '{node.Name}' is taken.", "input.handle")
                    : new GraphException(ErrorCodes.AlreadyExists, $"Node id {node.Id} is taken.")
                : dialect.IsUniqueViolation(error)
                    ? new GraphException(ErrorCodes.Conflict, "The write collided with another; nothing was written. Retry.")
                    : error;

        private static Task<int> ApplyEdge(WriteContext context, EdgeChange edge, long version) => edge.Op switch
        {
            EdgeOp.Upsert => context.ExecuteAsync(
                """
                INSERT INTO edges (kind, source, target, visibility, weight, version) VALUES (@k, @s, @t, @vis, 1, @v)
                ON CONFLICT (kind, source, target) DO UPDATE SET visibility = excluded.visibility, version = excluded.version
                WHERE edges.visibility <> excluded.visibility
                """,
                ("k", (short)edge.Kind), ("s", edge.Source), ("t", edge.Target), ("vis", (short)edge.Visibility), ("v", version)),
            EdgeOp.Delete => context.ExecuteAsync(
                "DELETE FROM edges WHERE kind = @k AND source = @s AND target = @t",
                ("k", (short)edge.Kind), ("s", edge.Source), ("t", edge.Target)),
            EdgeOp.Increment => context.ExecuteAsync(
                """
                INSERT INTO edges (kind, source, target, visibility, weight, version) VALUES (@k, @s, @t, @vis, 1, @v)
                ON CONFLICT (kind, source, target) DO UPDATE SET weight = edges.weight + 1, version = excluded.version
                """,
                ("k", (short)edge.Kind), ("s", edge.Source), ("t", edge.Target), ("vis", (short)edge.Visibility), ("v", version)),
            _ => throw new ArgumentOutOfRangeException(nameof(edge)),
        };

        private static async Task InsertNode(WriteContext context, NodeRow node, long version)
        {
            if (node.UniqueKey is not null && await context.ScalarAsync(
                    "SELECT 1 FROM nodes WHERE kind = @k AND unique_key = @u", ("k", (short)node.Kind), ("u", node.UniqueKey)) is not null and not DBNull)
                throw new GraphException(ErrorCodes.HandleTaken, $"The handle '{node.Name}' is taken.", "input.handle");

            var inserted = await context.ExecuteAsync(
                """
                INSERT INTO nodes (id, kind, name, unique_key, country, leaning, created_at, version)
                VALUES (@i, @k, @n, @u, @c, @l, @at, @v) ON CONFLICT DO NOTHING
                """,
                ("i", node.Id), ("k", (short)node.Kind), ("n", node.Name), ("u", node.UniqueKey), ("c", node.Country),
                ("l", node.Leaning), ("at", node.CreatedAt.ToUnixTimeMilliseconds()), ("v", version));
            if (inserted == 0)
            {
                // Another silo may have taken the handle between the check and the insert.
                var handleTaken = node.UniqueKey is not null && await context.ScalarAsync(
                    "SELECT 1 FROM nodes WHERE kind = @k AND unique_key = @u", ("k", (short)node.Kind), ("u", node.UniqueKey)) is not null and not DBNull;
                throw handleTaken
                    ? new GraphException(ErrorCodes.HandleTaken, $"The handle '{node.Name}' is taken.", "input.handle")
                    : new GraphException(ErrorCodes.AlreadyExists, $"Node id {node.Id} is taken.");
            }

            foreach (var topic in node.Topics)
                await context.ExecuteAsync("INSERT INTO node_topics (topic, kind, node_id) VALUES (@t, @k, @i)",
                    ("t", topic), ("k", (short)node.Kind), ("i", node.Id));
        }
    }
}
