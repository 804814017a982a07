using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Orleans.Invocation;
using Orleans.Messaging;
using Orleans.Placement;
using Orleans.Runtime;

namespace Orleans.Hosting;

/// <summary>
/// The grain factory and call path of a silo: a reference's call becomes a request for the target's activation,
/// and the caller's task completes with the grain's result, its exception, or a <see cref="TimeoutException"/>.
/// </summary>
internal sealed class GrainRuntime : IGrainFactory, IGrainCallInvoker
{
    private const string ObserverType = "observer";

    private readonly GrainTypeRegistry _registry;
    private readonly Catalog? _catalog;
    private readonly ClusterRouter? _router;
    private readonly SiloOptions _options;
    private readonly ConcurrentDictionary<Type, string> _typeNames = new();
    private readonly ConcurrentDictionary<string, IGrainObserver> _observers = new();
    private readonly ConditionalWeakTable<IGrainObserver, string> _observerKeys = new();

    /// <param name="catalog">This silo's activations; null in a client, which hosts none.</param>
    /// <param name="router">Set in a cluster: calls for grains owned by other silos go over the wire.</param>
    public GrainRuntime(GrainTypeRegistry registry, Catalog? catalog, ClusterRouter? router, IOptions<SiloOptions> options)
    {
        _registry = registry;
        _catalog = catalog;
        _router = router;
        _options = options.Value;
        if (catalog is not null) catalog.GrainFactory = this;
    }

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey) where TGrainInterface : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(primaryKey);
        var typeName = _typeNames.GetOrAdd(typeof(TGrainInterface), t => _registry.ForInterface(t).TypeName);
        return GrainProxies.Create<TGrainInterface>(new GrainId(typeName, primaryKey), this);
    }

    public Task<TResult> InvokeAsync<TResult>(GrainId target, Invokable<TResult> invokable)
    {
        if (target.Type == ObserverType) return InvokeObserverAsync(target, invokable);
        if (_router?.RemoteOwnerOf(target) is { } owner) return _router.SendAsync(owner, target, invokable, forwardCount: 0);
        if (_catalog is null)
            return Task.FromException<TResult>(new SiloUnavailableException($"No active silo is known to this client, so {invokable} on {target} cannot be sent."));

        var request = new Request<TResult>(invokable);
        _catalog.Dispatch(target, request);
        var task = request.Task;
        return task.IsCompleted ? task : WithTimeout(task, target, invokable);
    }

    private async Task<TResult> WithTimeout<TResult>(Task<TResult> task, GrainId target, Invokable invokable)
    {
        try
        {
            return await task.WaitAsync(_options.ResponseTimeout);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            throw new TimeoutException($"Response did not arrive on time in {_options.ResponseTimeout} for {invokable} on {target}.");
        }
    }

    public TGrainObserverInterface CreateObjectReference<TGrainObserverInterface>(IGrainObserver obj) where TGrainObserverInterface : IGrainObserver
    {
        var key = _observerKeys.GetValue(obj, o =>
        {
            var k = Guid.NewGuid().ToString("N");
            _observers[k] = o;
            return k;
        });
        return GrainProxies.Create<TGrainObserverInterface>(new GrainId(ObserverType, key), this);
    }

    public void DeleteObjectReference<TGrainObserverInterface>(IGrainObserver obj) where TGrainObserverInterface : IGrainObserver
    {
        if (_observerKeys.TryGetValue(obj, out var key))
        {
            _observers.TryRemove(key, out _);
            _observerKeys.Remove(obj);
        }
    }

    // Observers are plain objects, not activations: their calls run on the thread pool, outside any grain's turn.
    private Task<TResult> InvokeObserverAsync<TResult>(GrainId target, Invokable<TResult> invokable)
    {
        if (!_observers.TryGetValue(target.Key, out var observer))
            return Task.FromException<TResult>(new ObserverNotFoundException(target));
        return Task.Run(() => invokable.InvokeAsync(observer).AsTask());
    }
}

/// <summary>The observer behind a reference was deleted or never existed here.</summary>
public sealed class ObserverNotFoundException(GrainId observer)
    : Exception($"No observer {observer} is registered; it was deleted or belongs to a client that is gone.");
