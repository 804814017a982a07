using GraphQL.Execution;

namespace GraphQL.Types.Descriptors;

/// <summary>What a field declaration collects; the registry turns it into a <see cref="FieldDefinition"/>.</summary>
internal sealed class FieldDescriptor(string name) : IObjectFieldDescriptor, IInterfaceFieldDescriptor
{
    public string FieldName { get; private set; } = name;

    public string? FieldDescription { get; private set; }

    public string? DeprecationReason { get; private set; }

    /// <summary>The type as declared with Type(); wins over <see cref="InferredType"/>.</summary>
    public TypeRef? DeclaredType { get; private set; }

    /// <summary>The type of the member the field reads; it says more than a result or event type.</summary>
    public ClrRef? MemberType { get; set; }

    /// <summary>What the type is inferred from without a declared one: the member, the resolver's result, the event.</summary>
    public ClrRef? InferredType => MemberType ?? _resultType ?? _eventType;

    public List<InputValueDescriptor> Arguments { get; } = [];

    public Func<IResolverContext, ValueTask<object?>>? Resolver { get; set; }

    public Func<IResolverContext, ValueTask<IAsyncEnumerable<object?>>>? Subscriber { get; private set; }

    private ClrRef? _resultType;

    private ClrRef? _eventType;

    public IObjectFieldDescriptor Name(string name)
    {
        FieldName = name;
        return this;
    }

    public IObjectFieldDescriptor Description(string description)
    {
        FieldDescription = description;
        return this;
    }

    public IObjectFieldDescriptor Deprecated(string? reason = null)
    {
        DeprecationReason = reason ?? BuiltInDirectives.DefaultDeprecationReason;
        return this;
    }

    public IObjectFieldDescriptor Type<TType>() where TType : IGraphType
    {
        DeclaredType = TypeRef.Marker<TType>();
        return this;
    }

    public IObjectFieldDescriptor Type(string typeReference)
    {
        DeclaredType = TypeRef.Sdl(typeReference);
        return this;
    }

    public IObjectFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure)
    {
        var argument = new InputValueDescriptor(name, member: null);
        configure(argument);
        Arguments.Add(argument);
        return this;
    }

    public IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, TResult> resolver)
    {
        // Task<T> and ValueTask<T> pick the overloads below; a bare Task has no value to give.
        if (typeof(TResult) == typeof(Task) || typeof(TResult) == typeof(ValueTask))
        {
            throw new ArgumentException($"The resolver of \"{FieldName}\" returns a {typeof(TResult).Name} without a value; return Task<T> or ValueTask<T>.", nameof(resolver));
        }

        Resolver = context => new ValueTask<object?>(resolver(context));
        InferFrom(typeof(TResult));
        return this;
    }

    public IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, Task<TResult>> resolver)
    {
        Resolver = context =>
        {
            Task<TResult> task = resolver(context);
            return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);
        };
        InferFrom(typeof(TResult));
        return this;
    }

    public IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, ValueTask<TResult>> resolver)
    {
        if (resolver is Func<IResolverContext, ValueTask<object?>> untyped)
        {
            Resolver = untyped;
        }
        else
        {
            Resolver = context =>
            {
                ValueTask<TResult> task = resolver(context);
                return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task.AsTask());
            };
        }

        InferFrom(typeof(TResult));
        return this;
    }

    public IObjectFieldDescriptor Subscribe<TEvent>(Func<IResolverContext, IAsyncEnumerable<TEvent>> subscribe)
    {
        Subscriber = context => new ValueTask<IAsyncEnumerable<object?>>(Untyped(subscribe(context)));
        _eventType = new ClrRef(typeof(TEvent), nullability: null);
        return this;
    }

    public IObjectFieldDescriptor Subscribe<TEvent>(Func<IResolverContext, ValueTask<IAsyncEnumerable<TEvent>>> subscribe)
    {
        Subscriber = async context => Untyped(await subscribe(context).ConfigureAwait(false));
        _eventType = new ClrRef(typeof(TEvent), nullability: null);
        return this;
    }

    private void InferFrom(Type resultType) => _resultType = new ClrRef(resultType, nullability: null);

    // Streams of reference types are already streams of object (IAsyncEnumerable is covariant).
    private static IAsyncEnumerable<object?> Untyped<TEvent>(IAsyncEnumerable<TEvent> events) =>
        events as IAsyncEnumerable<object?> ?? Box(events);

    private static async IAsyncEnumerable<object?> Box<TEvent>(
        IAsyncEnumerable<TEvent> events, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (TEvent item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    private static async ValueTask<object?> Await<TResult>(Task<TResult> task) => await task.ConfigureAwait(false);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Name(string name) => (IInterfaceFieldDescriptor)Name(name);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Description(string description) => (IInterfaceFieldDescriptor)Description(description);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Deprecated(string? reason) => (IInterfaceFieldDescriptor)Deprecated(reason);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Type<TType>() => (IInterfaceFieldDescriptor)Type<TType>();

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Type(string typeReference) => (IInterfaceFieldDescriptor)Type(typeReference);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Argument(string name, Action<IArgumentDescriptor> configure) =>
        (IInterfaceFieldDescriptor)Argument(name, configure);
}
