namespace GraphQL.Types.Descriptors;

/// <summary>Adds fields (and interfaces) to an object type declared elsewhere, so each domain declares its own.</summary>
public abstract class TypeExtension
{
    private protected TypeExtension()
    {
    }

    /// <summary>The extension's fields and interfaces, with the name of the type it extends, if named.</summary>
    internal abstract ComplexTypeDescriptor Describe();

    /// <summary>The CLR type of the extended type, when the extension names it by CLR type.</summary>
    internal virtual Type? ExtendedRuntimeType => null;
}

/// <summary>
/// Extends the object type named with <c>descriptor.Name(...)</c> (HotChocolate's ObjectTypeExtension):
/// its fields come after the type's own, in registration order of the extensions.
/// </summary>
/// <example>
/// <code>
/// public sealed class UserQueries : ObjectTypeExtension
/// {
///     protected override void Configure(IObjectTypeDescriptor descriptor)
///     {
///         descriptor.Name("Query");
///         descriptor.Field("users").Type&lt;NonNullType&lt;UserConnectionType&gt;&gt;().Resolve(ctx => ...);
///     }
/// }
/// </code>
/// </example>
public abstract class ObjectTypeExtension : TypeExtension
{
    protected abstract void Configure(IObjectTypeDescriptor descriptor);

    internal override ComplexTypeDescriptor Describe()
    {
        var descriptor = new ObjectTypeDescriptor<object>(defaultName: null);
        Configure(descriptor);
        return descriptor;
    }
}

/// <summary>Extends the object type bound to <typeparamref name="T"/>; fields may read members of <typeparamref name="T"/>.</summary>
public abstract class ObjectTypeExtension<T> : TypeExtension
{
    internal override Type ExtendedRuntimeType => typeof(T);

    protected abstract void Configure(IObjectTypeDescriptor<T> descriptor);

    internal override ComplexTypeDescriptor Describe()
    {
        var descriptor = new ObjectTypeDescriptor<T>(defaultName: null);
        Configure(descriptor);
        return descriptor;
    }
}
