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
