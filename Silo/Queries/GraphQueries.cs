using System.Collections.Concurrent;
using Network.Silo.Projection;

namespace Network.Silo.Queries;

/// <summary>
/// Entry point of the read side for traversals and metrics: picks the projection at the version the caller needs
/// (waiting, bounded, for minVersion), builds the scope's graph under the projection's read lock, computes outside
/// it, and caches results per version, so identical queries at one version compute once.
/// </summary>
public sealed class GraphQueries(ProjectionService projections)
{
    private const int CacheLimit = 256;
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _cache = new();

    /// <summary>The projection at least at <paramref name="minVersion"/> (or as loaded, when null).</summary>
    public Task<GraphProjection> AtAsync(long? minVersion, CancellationToken cancellationToken) =>
        minVersion is { } v ? projections.WaitForVersionAsync(v, cancellationToken) : projections.Loaded.WaitAsync(cancellationToken);

    /// <summary>
    /// Runs <paramref name="compute"/> once per key and projection version; concurrent callers share the computation.
    /// The key takes the projection's version now, so a cached result costs no graph build: the graph is built inside
    /// <paramref name="compute"/>, at whatever version the projection has reached by then (at least this one), and
    /// every result carries the version it was computed at.
    /// </summary>
    public async Task<T> CachedAsync<T>(GraphProjection projection, string key, Func<T> compute) where T : class
    {
        var version = projection.Read(p => p.Version);
        var fullKey = $"{version}|{key}";
        if (_cache.Count > CacheLimit)
            foreach (var stale in _cache.Keys.Where(k => !k.StartsWith(version + "|", StringComparison.Ordinal)).ToArray())
                _cache.TryRemove(stale, out _);
        var entry = _cache.GetOrAdd(fullKey, _ => new Lazy<Task<object>>(() => Task.Run(() => (object)compute())));
        try
        {
            return (T)await entry.Value;
        }
        catch
        {
            _cache.TryRemove(fullKey, out _); // errors are not cached
            throw;
        }
    }

    public Task<EchoChamberReport> EchoChamberAsync(Scope scope, UserAttribute attribute, int nullModelSamples, long? minVersion, Viewer viewer, CancellationToken cancellationToken = default) =>
        EchoChamberQuery.RunAsync(this, scope, attribute, nullModelSamples, minVersion, viewer, cancellationToken);

    public Task<Ranking> CentralityAsync(CentralityMeasure measure, Network.Grains.Common.NodeKind kind, int first, long? minVersion, CancellationToken cancellationToken = default) =>
        CentralityQuery.RunAsync(this, measure, kind, first, minVersion, cancellationToken);

    public Task<CommunityStructure> CommunityStructureAsync(double resolution, long? minVersion, Viewer viewer, CancellationToken cancellationToken = default) =>
        CommunityStructureQuery.RunAsync(this, resolution, minVersion, viewer, cancellationToken);

    public Task<NodePath> ShortestPathAsync(long from, long to, int maxHops, long? minVersion, CancellationToken cancellationToken = default) =>
        PathQuery.RunAsync(this, from, to, maxHops, minVersion, cancellationToken);

    public Task<AllyRanking> AlliedCommunitiesAsync(long movementId, int first, bool crossBorderOnly, long? minVersion, Viewer viewer, CancellationToken cancellationToken = default) =>
        AllyQuery.RunAsync(this, movementId, first, crossBorderOnly, minVersion, viewer, cancellationToken);

    public Task<CrossBorderMatrix> CrossBorderMatrixAsync(DateTimeOffset? since, DateTimeOffset? until, long? minVersion, CancellationToken cancellationToken = default) =>
        CrossBorderQuery.MatrixAsync(this, since, until, minVersion, cancellationToken);
}
