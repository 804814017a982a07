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

    /// <summary>The type of the member or of the resolver's result.</summary>
    public ClrRef? InferredType { get; set; }

    public List<InputValueDescriptor> Arguments { get; } = [];

    public Func<IResolverContext, ValueTask<object?>>? Resolver { get; set; }

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

    // A member's type (with its annotations) says more than a resolver's result type.
    private void InferFrom(Type resultType) => InferredType ??= new ClrRef(resultType, nullability: null);

    private static async ValueTask<object?> Await<TResult>(Task<TResult> task) => await task.ConfigureAwait(false);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Name(string name) => (IInterfaceFieldDescriptor)Name(name);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Description(string description) => (IInterfaceFieldDescriptor)Description(description);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Deprecated(string? reason) => (IInterfaceFieldDescriptor)Deprecated(reason);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Type<TType>() => (IInterfaceFieldDescriptor)Type<TType>();

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Type(string typeReference) => (IInterfaceFieldDescriptor)Type(typeReference);

    IInterfaceFieldDescriptor IInterfaceFieldDescriptor.Argument(string name, Action<IArgumentDescriptor> configure) =>
        (IInterfaceFieldDescriptor)Argument(name, configure);
}
