using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Orleans.Runtime;

/// <summary>
/// Creates grain instances: constructor parameters come from the service provider, except those marked
/// <see cref="PersistentStateAttribute"/>, which get a state bound to the named <see cref="IGrainStorage"/> and
/// are read from storage before <see cref="Grain.OnActivateAsync"/> runs.
/// </summary>
internal sealed class GrainActivator(IServiceProvider services)
{
    public const string DefaultStorageName = "Default";

    private readonly ConcurrentDictionary<Type, Plan> _plans = new();

    private sealed record Plan(ConstructorInfo Constructor, ParameterPlan[] Parameters);

    private sealed record ParameterPlan(Type Type, PersistentStateAttribute? State);

    public async Task<Grain> CreateAsync(IGrainContext context, GrainClassInfo grainClass)
    {
        var plan = _plans.GetOrAdd(grainClass.ClassType, MakePlan);
        var args = new object?[plan.Parameters.Length];
        List<Func<Task>>? reads = null;
        for (var i = 0; i < args.Length; i++)
        {
            var p = plan.Parameters[i];
            if (p.State is null)
            {
                args[i] = ActivatorUtilities.GetServiceOrCreateInstance(services, p.Type);
                continue;
            }
            var storageName = p.State.StorageName ?? DefaultStorageName;
            var storage = services.GetKeyedService<IGrainStorage>(storageName)
                ?? throw new InvalidOperationException($"No grain storage named '{storageName}' is registered (needed by {grainClass.ClassType.Name}).");
            var stateType = p.Type.GetGenericArguments()[0];
            var state = Activator.CreateInstance(typeof(PersistentState<>).MakeGenericType(stateType), p.State.StateName, context.GrainId, storage)!;
            args[i] = state;
            (reads ??= []).Add(((IStateLoader)state).ReadStateAsync);
        }

        var grain = (Grain)plan.Constructor.Invoke(args);
        grain.Context = context;
        if (reads is not null) foreach (var read in reads) await read();
        return grain;
    }

    private static Plan MakePlan(Type type)
    {
        var ctor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"{type} has no public constructor.");
        var parameters = ctor.GetParameters().Select(p =>
        {
            var attr = p.GetCustomAttribute<PersistentStateAttribute>();
            if (attr is not null && !(p.ParameterType.IsGenericType && p.ParameterType.GetGenericTypeDefinition() == typeof(IPersistentState<>)))
                throw new InvalidOperationException($"{type}: [PersistentState] parameter {p.Name} must be IPersistentState<T>.");
            return new ParameterPlan(p.ParameterType, attr);
        }).ToArray();
        return new Plan(ctor, parameters);
    }
}
