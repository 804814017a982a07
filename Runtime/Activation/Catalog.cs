using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Hosting;
using Orleans.Placement;

namespace Orleans.Runtime;

/// <summary>
/// The activations of this silo, one per grain id. A request for a grain with no activation creates one;
/// the dictionary decides races, so 1,000 concurrent first calls still meet a single activation.
/// </summary>
internal sealed class Catalog(GrainTypeRegistry registry, GrainActivator activator, IOptions<SiloOptions> options, ILogger<Catalog> logger)
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();

    public GrainActivator Activator => activator;
    public SiloOptions Options => options.Value;
    public ILogger Logger => logger;
    public IGrainFactory GrainFactory { get; set; } = null!;

    /// <summary>Set when this silo is part of a cluster: work for grains it no longer owns goes to their owner.</summary>
    public ClusterRouter? Router { get; set; }

    public int Count => _activations.Count;

    public void Dispatch(GrainId target, Request request)
    {
        while (true)
        {
            // Creating an ActivationData is cheap and has no side effects; only the one the dictionary keeps is ever used.
            var activation = _activations.GetOrAdd(target,
                static (id, self) => new ActivationData(id, self.Registry.ForTypeName(id.Type), self), this);
            if (activation.TryEnqueue(request)) return;
            _activations.TryRemove(KeyValuePair.Create(target, activation));
        }
    }

    private GrainTypeRegistry Registry => registry;

    /// <summary>Hands over work that waited on an activation now gone: to the grain's owner if that is another silo, else here.</summary>
    public void Redispatch(GrainId target, Request request)
    {
        if (Router?.RemoteOwnerOf(target) is { } owner && request.TryForward(Router, owner, target)) return;
        Dispatch(target, request);
    }

    /// <summary>Deactivates every activation whose grain <paramref name="moved"/> says now belongs elsewhere.</summary>
    public int DeactivateMoved(Func<GrainId, bool> moved, DeactivationReason reason)
    {
        var count = 0;
        foreach (var activation in _activations.Values)
        {
            if (!moved(activation.GrainId)) continue;
            activation.Deactivate(reason);
            count++;
        }
        return count;
    }

    public void Remove(ActivationData activation) => _activations.TryRemove(KeyValuePair.Create(activation.GrainId, activation));

    /// <summary>Deactivates activations idle for longer than the collection age.</summary>
    public int CollectIdle()
    {
        var idleSince = Environment.TickCount64 - (long)Options.CollectionAge.TotalMilliseconds;
        var collected = 0;
        foreach (var activation in _activations.Values)
            if (activation.TryCollect(idleSince)) collected++;
        return collected;
    }

    /// <summary>Deactivates every activation and waits for them (bounded), as a graceful shutdown does.</summary>
    public async Task DeactivateAllAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        var all = _activations.Values.ToArray();
        foreach (var a in all) a.Deactivate(reason);
        try
        {
            await Task.WhenAll(all.Select(a => a.Deactivated)).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Shutdown gave up waiting for {Count} activations to deactivate.", all.Count(a => !a.Deactivated.IsCompleted));
        }
    }
}
