using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Network.Grains.Common;
using Network.Silo.Storage;

namespace Network.Silo.Projection;

/// <summary>
/// Loads the projection at start-up, then tails the event log: woken at once by this silo's commits, and by a poll
/// for other silos' commits. Reads that pass minVersion wait here, bounded, for their version to be applied.
/// </summary>
public sealed class ProjectionService : BackgroundService
{
    public const string VersionNotReached = "MIN_VERSION_NOT_REACHED";

    private readonly ProjectionLoader _loader;
    private readonly GraphReader _reader;
    private readonly ProjectionOptions _options;
    private readonly ILogger<ProjectionService> _logger;
    private readonly TaskCompletionSource<GraphProjection> _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly object _waitersLock = new();
    private readonly List<(long Version, TaskCompletionSource Reached)> _waiters = [];

    public ProjectionService(ProjectionLoader loader, GraphReader reader, CommitQueue commits, IOptions<ProjectionOptions> options, ILogger<ProjectionService> logger)
    {
        _loader = loader;
        _reader = reader;
        _options = options.Value;
        _logger = logger;
        commits.Committed += _ => Wake();
    }

    public bool IsLoaded => _loaded.Task.IsCompletedSuccessfully;

    public Task<GraphProjection> Loaded => _loaded.Task;

    /// <summary>The projection once it has applied <paramref name="minVersion"/>; fails with <see cref="VersionNotReached"/> after the timeout.</summary>
    public async Task<GraphProjection> WaitForVersionAsync(long minVersion, CancellationToken cancellationToken = default)
    {
        var projection = await _loaded.Task.WaitAsync(cancellationToken);
        if (projection.Version >= minVersion) return projection;

        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waitersLock)
        {
            if (projection.Version >= minVersion) return projection;
            _waiters.Add((minVersion, reached));
        }
        Wake();
        try
        {
            await reached.Task.WaitAsync(_options.MinVersionTimeout, cancellationToken);
            return projection;
        }
        catch (TimeoutException)
        {
            lock (_waitersLock) _waiters.RemoveAll(w => w.Reached == reached);
            throw new GraphException(VersionNotReached,
                $"The graph has not reached version {minVersion} within {_options.MinVersionTimeout.TotalSeconds:0.#} s (it is at {projection.Version}).");
        }
    }

    private void Wake()
    {
        try { _wake.Release(); } catch (SemaphoreFullException) { }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        GraphProjection projection;
        try
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            projection = await _loader.LoadAsync(stoppingToken);
            _logger.LogInformation("Projection loaded at graph version {Version}: {Nodes} nodes in {Milliseconds} ms.",
                projection.Version, projection.Nodes.Count, started.ElapsedMilliseconds);
            _loaded.TrySetResult(projection);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogCritical(e, "The projection could not be loaded.");
            _loaded.TrySetException(e);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var events = await _reader.ReadEventsAsync(projection.Version, _options.BatchSize, stoppingToken);
                if (events.Count > 0)
                {
                    projection.Write(p =>
                    {
                        foreach (var e in events) p.Apply(e);
                    });
                    ReleaseWaiters(projection.Version);
                    if (events.Count == _options.BatchSize) continue;
                }
                await _wake.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Tailing the event log failed at graph version {Version}; retrying.", projection.Version);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private void ReleaseWaiters(long version)
    {
        lock (_waitersLock)
        {
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Version > version) continue;
                _waiters[i].Reached.TrySetResult();
                _waiters.RemoveAt(i);
            }
        }
    }
}
