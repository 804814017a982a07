using System.Text.Json;
using Analytics.Generation;
using Microsoft.Extensions.Logging;
using Network.Grains.Common;
using Network.Grains.Communities;
using Network.Grains.Movements;
using Network.Grains.Storage;
using Network.Grains.Users;
using Network.Silo.Storage;

namespace Network.Silo.Import;

/// <summary>
/// Writes a generated network straight into an empty database: the same state rows, node, edge and collaboration
/// rows, and one event per change, as the grains would write, but in one transaction and without grain calls.
/// For benchmarks and large demos; it refuses a database that already holds a graph. Like grains, a repeated follow
/// writes nothing, and every interaction is an event.
/// </summary>
/// <remarks>
/// Written as a database bulk load is: the reverse edge index built once at the end, by sorting, rather than by a
/// random insert per edge (ids are random, and each random insert into a 10M-entry B-tree costs a page read and write);
/// one transaction, so that each page is written once rather than once per batch; on SQLite a page cache large enough
/// to hold the indexes being written. A failed import leaves the database empty. Rows go in the generator's order, not
/// in key order (which would be faster still): the table then lies on disk as one written by grains does, in no order
/// of its keys, so that the projection's load is measured on a realistic layout.
/// </remarks>
public sealed class BulkImporter(SqlDialect dialect, ILogger<BulkImporter> logger)
{
    // SQLite's page cache during the import, in KiB (its default is 2 MB); set back to the default afterwards, as the
    // connection returns to the pool.
    private const int SqliteImportCacheKiB = 512 * 1024;
    private const int SqliteDefaultCacheKiB = 2000;

    public sealed record Result(long GraphVersion, string[] UserIds, string[] CommunityIds, string[] MovementIds);

    public async Task<Result> ImportAsync(GeneratedNetwork network, CancellationToken cancellationToken = default)
    {
        var connection = await dialect.OpenAsync(cancellationToken);
        await using var writer = new BatchWriter(dialect, new WriteContext(dialect, connection));
        var sqlite = dialect.Provider == StorageProvider.Sqlite;
        if (sqlite) await writer.Context.ExecuteAsync($"PRAGMA cache_size = -{SqliteImportCacheKiB}");
        try
        {
            var result = await ImportAsync(writer, network);
            if (sqlite) await writer.Context.ExecuteAsync($"PRAGMA cache_size = -{SqliteDefaultCacheKiB}");
            return result;
        }
        catch when (sqlite)
        {
            // The transaction is still open here; rather than reset the cache under it, keep the connection out of the pool.
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool((Microsoft.Data.Sqlite.SqliteConnection)connection);
            throw;
        }
    }

    private async Task<Result> ImportAsync(BatchWriter writer, GeneratedNetwork network)
    {
        await writer.BeginAsync();
        if (writer.Context.Clock != 0)
            throw new InvalidOperationException($"The graph is not empty (graph version {writer.Context.Clock}); bulk import only fills an empty one.");
        await writer.Context.ExecuteAsync("DROP INDEX IF EXISTS edges_by_target");

        var users = NewIds(network.UserCount);
        var communities = NewIds(network.CommunityKind.Length);
        var movements = NewIds(network.MovementCountry.Length);
        var created = GeneratedCollaboration<long>.ReferenceDate.AddDays(-400);

        for (var i = 0; i < network.UserCount; i++)
        {
            var state = new UserState
            {
                Created = true, Handle = $"user_{i}", DisplayName = $"User {i}", Country = network.CountryOf(network.UserCountry[i]),
                Topics = [.. network.Topics(network.UserTopics[i])],
                Leaning = float.IsNaN(network.UserLeaning[i]) ? null : Math.Round(network.UserLeaning[i], 3), CreatedAt = created,
            };
            await writer.NodeAsync("user", users[i], state, new NodeRow(users[i], NodeKind.User, state.Handle, state.Handle, state.Country, state.Topics, state.Leaning, created),
                new ChangeEvent(EventKinds.UserCreated, users[i], null, EventData.Of(new { state.Handle, state.Country, state.Topics, state.Leaning })));
        }
        for (var i = 0; i < communities.Length; i++)
        {
            var state = new CommunityState
            {
                Created = true, Name = $"Community {i}", Kind = (CommunityKind)network.CommunityKind[i], Platform = "import",
                Country = network.CountryOf(network.CommunityCountry[i])!, Topics = [.. network.Topics(network.CommunityTopics[i])], CreatedAt = created,
            };
            await writer.NodeAsync("community", communities[i], state, new NodeRow(communities[i], NodeKind.Community, state.Name, null, state.Country, state.Topics, null, created),
                new ChangeEvent(EventKinds.CommunityCreated, communities[i], null, EventData.Of(new { state.Name, state.Kind, state.Country, state.Topics })));
        }
        for (var i = 0; i < movements.Length; i++)
        {
            var state = new MovementState
            {
                Created = true, Name = $"Movement {i}", OriginCountry = network.CountryOf(network.MovementCountry[i])!,
                Hashtags = [$"#movement{i}"], Topics = [.. network.Topics(network.MovementTopics[i])], CreatedAt = created,
            };
            await writer.NodeAsync("movement", movements[i], state, new NodeRow(movements[i], NodeKind.Movement, state.Name, null, state.OriginCountry, state.Topics, null, created),
                new ChangeEvent(EventKinds.MovementCreated, movements[i], null, EventData.Of(new { state.Name, state.OriginCountry, state.Hashtags, state.Topics })));
        }

        for (var i = 0; i < network.MemberUser.Length; i++)
        {
            var visibility = (Visibility)network.MemberVisibility[i];
            await writer.EdgeAsync(EdgeKind.MemberOf, users[network.MemberUser[i]], communities[network.MemberCommunity[i]], visibility, increment: false,
                EventKinds.JoinedCommunity, EventData.Of(new { visibility }));
        }
        for (var i = 0; i < network.SupportUser.Length; i++)
        {
            var visibility = (Visibility)network.SupportVisibility[i];
            await writer.EdgeAsync(EdgeKind.Supports, users[network.SupportUser[i]], movements[network.SupportMovement[i]], visibility, increment: false,
                EventKinds.SupportedMovement, EventData.Of(new { visibility }));
        }
        for (var i = 0; i < network.PartOfCommunity.Length; i++)
            await writer.EdgeAsync(EdgeKind.PartOf, communities[network.PartOfCommunity[i]], movements[network.PartOfMovement[i]], Visibility.Public, increment: false,
                EventKinds.JoinedMovement, null);

        var interactionData = Enum.GetValues<InteractionKind>().Select(kind => EventData.Of(new { kind })).ToArray();
        for (var t = 0; t < network.TieCount; t++)
        {
            var follow = network.TieKind[t] == GeneratedNetwork.Follow;
            await writer.EdgeAsync(follow ? EdgeKind.Follows : EdgeKind.InteractedWith, users[network.TieSource[t]], users[network.TieTarget[t]],
                Visibility.Public, increment: !follow, follow ? EventKinds.Followed : EventKinds.Interacted, follow ? null : interactionData[t % 4]);
        }

        for (var i = 0; i < network.CollaborationKind.Length; i++)
        {
            var (fromKind, from, toKind, to, kind, at) = GeneratedCollaboration<long>.At(network, i, communities, movements);
            var fromCountry = network.CountryOf(network.ActorCountry(network.CollaborationFromKind[i], network.CollaborationFrom[i]))!;
            var toCountry = network.CountryOf(network.ActorCountry(network.CollaborationToKind[i], network.CollaborationTo[i]))!;
            var id = long.Parse(NodeIds.New());
            await writer.CollaborationAsync(new CollaborationRow(id, from, fromKind, to, toKind, kind, at, fromCountry, toCountry),
                new ChangeEvent(EventKinds.CollaborationRecorded, from, to, EventData.Of(new
                {
                    id = id.ToString(), kind, fromKind, toKind, occurredAt = at, fromCountry, toCountry,
                })));
        }

        await writer.Context.ExecuteAsync(Schema.EdgesByTargetIndex);
        await writer.CommitAsync();
        logger.LogInformation("Imported {Users} users and {Ties} tie records up to graph version {Version}.", network.UserCount, network.TieCount, writer.Context.Clock);
        return new Result(writer.Context.Clock, users.Select(u => u.ToString()).ToArray(),
            communities.Select(c => c.ToString()).ToArray(), movements.Select(m => m.ToString()).ToArray());
    }

    private static long[] NewIds(int count)
    {
        var ids = new HashSet<long>();
        while (ids.Count < count) ids.Add(long.Parse(NodeIds.New()));
        return [.. ids];
    }

    /// <summary>The import's one transaction and its prepared commands.</summary>
    private sealed class BatchWriter(SqlDialect dialect, WriteContext context) : IAsyncDisposable
    {
        private System.Data.Common.DbTransaction? _transaction;

        public WriteContext Context => context;

        public async Task BeginAsync()
        {
            _transaction = await dialect.BeginWriteAsync(context.Connection, CancellationToken.None);
            await context.BeginAsync(_transaction);
        }

        public async Task CommitAsync()
        {
            await context.EndAsync();
            await _transaction!.CommitAsync();
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        public async Task NodeAsync<TState>(string stateName, long id, TState state, NodeRow node, ChangeEvent change)
        {
            var version = context.Clock + 1;
            await StateRows.WriteAsync(context, stateName, $"{stateName}/{id}", JsonSerializer.Serialize(state, StateRows.Json), null);
            await context.ExecuteAsync(
                "INSERT INTO nodes (id, kind, name, unique_key, country, leaning, created_at, version) VALUES (@i, @k, @n, @u, @c, @l, @at, @v)",
                ("i", node.Id), ("k", (short)node.Kind), ("n", node.Name), ("u", node.UniqueKey?.ToLowerInvariant()), ("c", node.Country),
                ("l", node.Leaning), ("at", node.CreatedAt.ToUnixTimeMilliseconds()), ("v", version));
            foreach (var topic in node.Topics)
                await context.ExecuteAsync("INSERT INTO node_topics (topic, kind, node_id) VALUES (@t, @k, @i)", ("t", topic), ("k", (short)node.Kind), ("i", node.Id));
            await context.AppendEventAsync(change);
        }

        public async Task EdgeAsync(EdgeKind kind, long source, long target, Visibility visibility, bool increment, string eventKind, string? data)
        {
            var version = context.Clock + 1;
            var changed = await context.ExecuteAsync(increment
                    ? """
                      INSERT INTO edges (kind, source, target, visibility, weight, version) VALUES (@k, @s, @t, @vis, 1, @v)
                      ON CONFLICT (kind, source, target) DO UPDATE SET weight = edges.weight + 1, version = excluded.version
                      """
                    : "INSERT INTO edges (kind, source, target, visibility, weight, version) VALUES (@k, @s, @t, @vis, 1, @v) ON CONFLICT DO NOTHING",
                ("k", (short)kind), ("s", source), ("t", target), ("vis", (short)visibility), ("v", version));
            if (changed == 0) return; // a repeated follow or join: nothing happened
            await context.AppendEventAsync(new ChangeEvent(eventKind, source, target, data));
        }

        public async Task CollaborationAsync(CollaborationRow c, ChangeEvent change)
        {
            await context.ExecuteAsync(
                """
                INSERT INTO collaborations (id, from_id, from_kind, to_id, to_kind, kind, occurred_at, from_country, to_country, version)
                VALUES (@i, @f, @fk, @t, @tk, @k, @at, @fc, @tc, @v)
                """,
                ("i", c.Id), ("f", c.FromId), ("fk", (short)c.FromKind), ("t", c.ToId), ("tk", (short)c.ToKind), ("k", (short)c.Kind),
                ("at", c.OccurredAt.ToUnixTimeMilliseconds()), ("fc", c.FromCountry), ("tc", c.ToCountry), ("v", context.Clock + 1));
            await context.AppendEventAsync(change);
        }

        public async ValueTask DisposeAsync()
        {
            if (_transaction is not null) await _transaction.DisposeAsync();
            await context.DisposeAsync();
        }
    }
}
