using System.Collections.Concurrent;
using System.Reflection;
using Orleans.Runtime;

namespace Orleans.Invocation;

/// <summary>Finds the generated proxy for a grain interface, once per interface.</summary>
internal static class GrainProxies
{
    private static readonly ConcurrentDictionary<Type, Func<GrainId, IGrainCallInvoker, object>> Factories = new();

    public static TInterface Create<TInterface>(GrainId id, IGrainCallInvoker invoker) =>
        (TInterface)Factories.GetOrAdd(typeof(TInterface), Find)(id, invoker);

    private static Func<GrainId, IGrainCallInvoker, object> Find(Type interfaceType)
    {
        var attribute = interfaceType.Assembly.GetCustomAttributes<GrainProxyAttribute>()
            .FirstOrDefault(a => a.InterfaceType == interfaceType)
            ?? throw new InvalidOperationException(
                $"No generated proxy for {interfaceType.FullName}. Reference Runtime.CodeGen as an analyzer from the project that declares it.");
        var create = attribute.ProxyType.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{attribute.ProxyType} has no static Create method.");
        return create.CreateDelegate<Func<GrainId, IGrainCallInvoker, object>>();
    }
}
