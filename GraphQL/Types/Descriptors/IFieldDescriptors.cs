using GraphQL.Execution;

namespace GraphQL.Types.Descriptors;

/// <summary>A field of an object type (or of an object type extension).</summary>
public interface IObjectFieldDescriptor
{
    /// <summary>Renames the field (a member's field is named after the member in camelCase).</summary>
    IObjectFieldDescriptor Name(string name);

    IObjectFieldDescriptor Description(string description);

    /// <summary>Marks the field @deprecated; the spec's default reason when none is given.</summary>
    IObjectFieldDescriptor Deprecated(string? reason = null);

    /// <summary>The field's type exactly as written: <c>Type&lt;IntType&gt;()</c> is a nullable Int.</summary>
    IObjectFieldDescriptor Type<TType>() where TType : IGraphType;

    /// <summary>The field's type in SDL notation, e.g. "UserConnection!", for types known by name only.</summary>
    IObjectFieldDescriptor Type(string typeReference);

    IObjectFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure);

    /// <summary>
    /// The field's resolver. Without an explicit type, the field's type is inferred from
    /// <typeparamref name="TResult"/> (a reference type infers nullable: a lambda's annotations are lost).
    /// </summary>
    IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, TResult> resolver);

    // An async lambda fits both Task and ValueTask; it should pick Task, as HotChocolate's does.
    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]
    IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, Task<TResult>> resolver);

    IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, ValueTask<TResult>> resolver);

    /// <summary>
    /// For a field of the subscription type: the source stream of events (spec section 6.2.3.1).
    /// Each event becomes the field's value; with a resolver too, the resolver gets the event as
    /// its source (<c>ctx.Parent&lt;TEvent&gt;()</c>). Without an explicit type or resolver, the field's
    /// type is inferred from <typeparamref name="TEvent"/>.
    /// </summary>
    IObjectFieldDescriptor Subscribe<TEvent>(Func<IResolverContext, IAsyncEnumerable<TEvent>> subscribe);

    /// <summary>As above, for streams that need asynchronous work (or checks that fail the request) to start.</summary>
    IObjectFieldDescriptor Subscribe<TEvent>(Func<IResolverContext, ValueTask<IAsyncEnumerable<TEvent>>> subscribe);
}

/// <summary>A field of an interface type: no resolver, the implementing types resolve it.</summary>
public interface IInterfaceFieldDescriptor
{
    IInterfaceFieldDescriptor Name(string name);

    IInterfaceFieldDescriptor Description(string description);

    IInterfaceFieldDescriptor Deprecated(string? reason = null);

    IInterfaceFieldDescriptor Type<TType>() where TType : IGraphType;

    IInterfaceFieldDescriptor Type(string typeReference);

    IInterfaceFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure);
}

/// <summary>An argument of a field. Its type must be given.</summary>
public interface IArgumentDescriptor
{
    IArgumentDescriptor Description(string description);

    IArgumentDescriptor Deprecated(string? reason = null);

    IArgumentDescriptor Type<TType>() where TType : IGraphType;

    IArgumentDescriptor Type(string typeReference);

    /// <summary>
    /// The default as a CLR value: 10, false, 1.0, an enum member, a list, or for an input object a
    /// dictionary of field values. Printed as SDL prints it (<c>first: Int = 10</c>).
    /// </summary>
    IArgumentDescriptor DefaultValue(object? value);
}

/// <summary>A field of an input object type.</summary>
public interface IInputFieldDescriptor
{
    IInputFieldDescriptor Name(string name);

    IInputFieldDescriptor Description(string description);

    IInputFieldDescriptor Deprecated(string? reason = null);

    IInputFieldDescriptor Type<TType>() where TType : IGraphType;

    IInputFieldDescriptor Type(string typeReference);

    /// <summary>The default as a CLR value, as for <see cref="IArgumentDescriptor.DefaultValue"/>.</summary>
    IInputFieldDescriptor DefaultValue(object? value);
}
