using Microsoft.Extensions.Logging;
using Orleans.Timers;

namespace Orleans.Runtime;

/// <summary>
/// One activation of one grain: its instance, its scheduler, and the rules that decide which requests may run now.
/// A request runs when nothing runs; or when it is [AlwaysInterleave]; or when the grain class is [Reentrant];
/// or when it is [ReadOnly] and only read-only requests run. Everything else waits, in arrival order.
/// </summary>
internal sealed class ActivationData : IGrainContext
{
    private enum Status { Created, Activating, Valid, Deactivating, Invalid }

    private readonly Lock _lock = new();
    private readonly Queue<Request> _waiting = new();
    private readonly List<GrainTimer> _timers = [];
    private readonly Catalog _catalog;
    private readonly GrainClassInfo _class;
    private Status _status = Status.Created;
    private int _runningExclusive;   // running requests that are not [AlwaysInterleave]
    private int _runningWriters;     // ... and not [ReadOnly]
    private int _running;
    private DeactivationReason? _deactivation;
    // Stamped when a request finishes (not when one arrives: a running or waiting request already keeps the activation).
    private long _lastActivity = Environment.TickCount64;

    public ActivationData(GrainId grainId, GrainClassInfo grainClass, Catalog catalog)
    {
        GrainId = grainId;
        _class = grainClass;
        _catalog = catalog;
    }

    public GrainId GrainId { get; }
    public IGrainFactory GrainFactory => _catalog.GrainFactory;
    public ActivationTaskScheduler Scheduler { get; } = new();
    public Grain? Instance { get; private set; }

    /// <summary>Hands a request to this activation. False when the activation is gone: the caller must find a new one.</summary>
    public bool TryEnqueue(Request request)
    {
        var activate = false;
        var start = false;
        lock (_lock)
        {
            switch (_status)
            {
                case Status.Invalid:
                    return false;
                case Status.Created:
                    _status = Status.Activating;
                    activate = true;
                    _waiting.Enqueue(request);
                    break;
                case Status.Valid when _deactivation is null && CanStart(request, arriving: true):
                    Begin(request);
                    start = true;
                    break;
                default:
                    _waiting.Enqueue(request);
                    break;
            }
        }

        if (activate) Run(ActivateAsync);
        else if (start) Start(request);
        return true;
    }

    private bool CanStart(Request request, bool arriving)
    {
        if (request.IsAlwaysInterleave || _class.IsReentrant) return true;
        // A newcomer does not overtake requests already waiting (so readers cannot starve a writer).
        if (arriving && _waiting.Count > 0) return false;
        if (_runningExclusive == 0) return true;
        return request.IsReadOnly && _runningWriters == 0;
    }

    private void Begin(Request request)
    {
        _running++;
        if (!request.IsAlwaysInterleave)
        {
            _runningExclusive++;
            if (!request.IsReadOnly) _runningWriters++;
        }
    }

    private void Start(Request request)
    {
        request.Activation = this;
        Scheduler.RunOrQueue(static r => _ = r.Activation!.RunRequestAsync(r), request);
    }

    private async Task RunRequestAsync(Request request)
    {
        try
        {
            await request.InvokeAsync(Instance!);
        }
        finally
        {
            OnRequestCompleted(request);
        }
    }

    private void OnRequestCompleted(Request request)
    {
        List<Request>? ready = null;
        var deactivate = false;
        lock (_lock)
        {
            _running--;
            if (!request.IsAlwaysInterleave)
            {
                _runningExclusive--;
                if (!request.IsReadOnly) _runningWriters--;
            }
            if (request.KeepsAlive) _lastActivity = Environment.TickCount64;

            if (_deactivation is not null)
            {
                if (_running == 0 && _status == Status.Valid)
                {
                    _status = Status.Deactivating;
                    deactivate = true;
                }
            }
            else
            {
                ready = TakeReady();
            }
        }

        if (deactivate) Run(DeactivateAsync);
        else if (ready is not null) foreach (var r in ready) Start(r);
    }

    private List<Request>? TakeReady()
    {
        List<Request>? ready = null;
        while (_waiting.TryPeek(out var next) && CanStart(next, arriving: false))
        {
            _waiting.Dequeue();
            Begin(next);
            (ready ??= []).Add(next);
        }
        return ready;
    }

    private void Run(Func<Task> work) => Scheduler.RunOrQueue(new Task(static state => _ = ((Func<Task>)state!)(), work));

    private async Task ActivateAsync()
    {
        try
        {
            Instance = await _catalog.Activator.CreateAsync(this, _class);
            using var cts = new CancellationTokenSource(_catalog.Options.ActivationTimeout);
            await Instance.OnActivateAsync(cts.Token);
        }
        catch (Exception e)
        {
            _catalog.Logger.LogWarning(e, "Activation of {GrainId} failed.", GrainId);
            Request[] failed;
            lock (_lock)
            {
                _status = Status.Invalid;
                failed = _waiting.ToArray();
                _waiting.Clear();
            }
            _catalog.Remove(this);
            foreach (var r in failed) r.Fail(e);
            return;
        }

        List<Request>? ready = null;
        var deactivate = false;
        lock (_lock)
        {
            _status = Status.Valid;
            if (_deactivation is null) ready = TakeReady();
            else if (_running == 0)
            {
                _status = Status.Deactivating;
                deactivate = true;
            }
        }
        if (deactivate) await DeactivateAsync();
        else if (ready is not null) foreach (var r in ready) Start(r);
    }

    /// <summary>Asks for deactivation once running requests finish. Requests arriving meanwhile go to the next activation.</summary>
    public void Deactivate(DeactivationReason reason)
    {
        var now = false;
        lock (_lock)
        {
            if (_deactivation is not null || _status is Status.Invalid or Status.Deactivating) return;
            _deactivation = reason;
            if (_status == Status.Valid && _running == 0)
            {
                _status = Status.Deactivating;
                now = true;
            }
        }
        if (now) Run(DeactivateAsync);
    }

    /// <summary>Deactivates if idle since <paramref name="idleSinceTicks"/>; used by the collector.</summary>
    public bool TryCollect(long idleSinceTicks)
    {
        lock (_lock)
        {
            if (_status != Status.Valid || _running > 0 || _waiting.Count > 0 || _lastActivity > idleSinceTicks) return false;
        }
        Deactivate(new DeactivationReason(DeactivationReasonCode.ActivationIdle, "The activation was idle for longer than the collection age."));
        return true;
    }

    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Deactivated => _deactivated.Task;

    private async Task DeactivateAsync()
    {
        try
        {
            foreach (var timer in _timers.ToArray()) timer.Dispose();
            using var cts = new CancellationTokenSource(_catalog.Options.DeactivationTimeout);
            if (Instance is not null) await Instance.OnDeactivateAsync(_deactivation!.Value, cts.Token);
        }
        catch (Exception e)
        {
            _catalog.Logger.LogWarning(e, "OnDeactivateAsync of {GrainId} threw.", GrainId);
        }

        Request[] forward;
        lock (_lock)
        {
            _status = Status.Invalid;
            forward = _waiting.ToArray();
            _waiting.Clear();
        }
        _catalog.Remove(this);
        _deactivated.TrySetResult();
        // Requests that arrived during deactivation belong to the next activation.
        foreach (var r in forward) _catalog.Redispatch(GrainId, r);
    }

    public IGrainTimer RegisterTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options)
    {
        var timer = new GrainTimer(this, callback, options, _catalog.Logger);
        lock (_lock) _timers.Add(timer);
        timer.Start();
        return timer;
    }

    internal void RemoveTimer(GrainTimer timer)
    {
        lock (_lock) _timers.Remove(timer);
    }

    public override string ToString() => $"Activation {GrainId}";
}
