using Orleans.Runtime;

namespace Orleans.Invocation;

/// <summary>Sends invocations to a grain (or observer) wherever it lives.</summary>
public interface IGrainCallInvoker
{
    Task<TResult> InvokeAsync<TResult>(GrainId target, Invokable<TResult> invokable);
}

/// <summary>
/// Base class of the generated typed proxies. A reference is only an address: it is cheap, can be held anywhere,
/// and two references to the same grain are equal.
/// </summary>
public abstract class GrainReference(GrainId grainId, IGrainCallInvoker invoker) : IAddressable, IEquatable<GrainReference>
{
    // The silo's own invoker, called directly: through the interface, InvokeAsync<TResult> is a generic virtual call,
    // whose runtime lookup cost a tenth of an in-process grain call.
    private readonly Hosting.GrainRuntime? _runtime = invoker as Hosting.GrainRuntime;

    public GrainId GrainId { get; } = grainId;

    protected Task<TResult> InvokeAsync<TResult>(Invokable<TResult> invokable) =>
        _runtime is not null ? _runtime.InvokeAsync(GrainId, invokable) : invoker.InvokeAsync(GrainId, invokable);

    public bool Equals(GrainReference? other) => other is not null && GrainId == other.GrainId;
    public override bool Equals(object? obj) => obj is GrainReference other && Equals(other);
    public override int GetHashCode() => GrainId.GetHashCode();
    public override string ToString() => GrainId.ToString();
}

/// <summary>Emitted by the source generator: <paramref name="proxyType"/> implements <paramref name="interfaceType"/> and has a static <c>Create(GrainId, IGrainCallInvoker)</c>.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class GrainProxyAttribute(Type interfaceType, Type proxyType) : Attribute
{
    public Type InterfaceType { get; } = interfaceType;
    public Type ProxyType { get; } = proxyType;
}

/// <summary>
/// Emitted by the source generator for every grain-interface method: the invokable class a receiving process creates
/// for <paramref name="methodId"/> when a call arrives over the wire.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class GrainMethodAttribute(string methodId, Type invokableType) : Attribute
{
    public string MethodId { get; } = methodId;
    public Type InvokableType { get; } = invokableType;
}
