using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Orleans.Invocation;

namespace Orleans.Serialization;

/// <summary>
/// Creates the invokable for a method id that arrived over the wire. The generator records every grain method with
/// <see cref="GrainMethodAttribute"/>; each is created through a compiled constructor call, not reflection per call.
/// </summary>
public sealed class InvokableRegistry
{
    private readonly ConcurrentDictionary<string, Func<Invokable>> _factories = new(StringComparer.Ordinal);
    private readonly HashSet<Assembly> _scanned = [];
    private readonly object _scanLock = new();

    public InvokableRegistry(IEnumerable<Assembly> assemblies)
    {
        foreach (var assembly in assemblies) Scan(assembly);
    }

    public Invokable Create(string methodId)
    {
        if (_factories.TryGetValue(methodId, out var factory)) return factory();
        // The interface may live in an assembly nobody named (a shared contracts assembly): look once more.
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies()) Scan(assembly);
        return _factories.TryGetValue(methodId, out factory)
            ? factory()
            : throw new UnknownGrainMethodException(methodId);
    }

    private void Scan(Assembly assembly)
    {
        lock (_scanLock)
        {
            if (!_scanned.Add(assembly) || assembly.IsDynamic) return;
        }
        foreach (var attribute in assembly.GetCustomAttributes<GrainMethodAttribute>())
            _factories.TryAdd(attribute.MethodId, Expression.Lambda<Func<Invokable>>(Expression.New(attribute.InvokableType)).Compile());
    }
}

/// <summary>A call named a grain method this process does not know: the sender runs a release with a method this one lacks.</summary>
public sealed class UnknownGrainMethodException(string methodId)
    : Exception($"No grain method '{methodId}' is known to this process; the sender may run a newer release.")
{
    public string MethodId { get; } = methodId;
}
