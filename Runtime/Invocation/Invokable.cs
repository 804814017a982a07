namespace Orleans.Invocation;

/// <summary>
/// One call to one grain-interface method with its arguments: what a generated proxy sends and an activation runs.
/// Arguments are reachable by index so that a transport can carry a call across the wire.
/// </summary>
public abstract class Invokable
{
    public abstract Type InterfaceType { get; }
    public abstract string MethodName { get; }

    /// <summary>A stable name for the method: interface, name and parameter types.</summary>
    public abstract string MethodId { get; }

    /// <summary>Marked <see cref="Concurrency.ReadOnlyAttribute"/> on the interface method.</summary>
    public virtual bool IsReadOnly => false;

    /// <summary>Marked <see cref="Concurrency.AlwaysInterleaveAttribute"/> on the interface method.</summary>
    public virtual bool IsAlwaysInterleave => false;

    public abstract int ArgumentCount { get; }
    public abstract object? GetArgument(int index);
    public abstract void SetArgument(int index, object? value);

    /// <summary>The declared type of an argument: what a serializer writes and reads it as.</summary>
    public abstract Type GetArgumentType(int index);

    /// <summary>The declared result type (<c>object</c> for methods that return no value).</summary>
    public abstract Type ResultType { get; }

    /// <summary>Runs the call and boxes its result: for a transport, which handles every method alike.</summary>
    public abstract ValueTask<object?> InvokeUntypedAsync(object target);

    public override string ToString() => $"{InterfaceType.Name}.{MethodName}";

    protected static ArgumentOutOfRangeException BadIndex(int index) => new(nameof(index), index, "No such argument.");
}

/// <summary>A call whose result is a <typeparamref name="TResult"/> (<c>object?</c>, always null, for methods that return no value).</summary>
public abstract class Invokable<TResult> : Invokable
{
    public abstract ValueTask<TResult> InvokeAsync(object target);

    public sealed override Type ResultType => typeof(TResult);

    public sealed override ValueTask<object?> InvokeUntypedAsync(object target)
    {
        var pending = InvokeAsync(target);
        return pending.IsCompletedSuccessfully ? new ValueTask<object?>(pending.Result) : Await(pending);

        static async ValueTask<object?> Await(ValueTask<TResult> t) => await t;
    }

    protected static ValueTask<object?> FromTask(Task task)
    {
        if (task.IsCompletedSuccessfully) return new ValueTask<object?>((object?)null);
        return Await(task);

        static async ValueTask<object?> Await(Task t)
        {
            await t;
            return null;
        }
    }

    protected static ValueTask<object?> FromValueTask(ValueTask task)
    {
        if (task.IsCompletedSuccessfully) return new ValueTask<object?>((object?)null);
        return Await(task);

        static async ValueTask<object?> Await(ValueTask t)
        {
            await t;
            return null;
        }
    }
}
