namespace GraphQL.Types.Descriptors;

/// <summary>
/// An object type declared in code, bound to the CLR type <typeparamref name="T"/> (HotChocolate's
/// ObjectType&lt;T&gt;): values of <typeparamref name="T"/> are this type at run time, and members of
/// type <typeparamref name="T"/> elsewhere infer it. Use <c>ObjectType&lt;object&gt;</c> for a
/// type with no CLR type behind it (then call Name).
/// </summary>
/// <example>
/// <code>
/// public sealed class UserType : ObjectType&lt;User&gt;
/// {
///     protected override void Configure(IObjectTypeDescriptor&lt;User&gt; descriptor)
///     {
///         descriptor.Implements&lt;NodeType&gt;();
///         descriptor.Field(u => u.Id).Type&lt;NonNullType&lt;IdType&gt;&gt;();
///         descriptor.Field(u => u.Handle);
///         descriptor.Field("followers")
///             .Argument("first", a => a.Type&lt;IntType&gt;().DefaultValue(10))
///             .Type&lt;NonNullType&lt;UserConnectionType&gt;&gt;()
///             .Resolve(ctx => ...);
///     }
/// }
/// </code>
/// </example>
public abstract class ObjectType<T> : TypeDefinition
{
    private ObjectTypeDescriptor<T>? _descriptor;

    internal override Type? RuntimeType => typeof(T) == typeof(object) ? null : typeof(T);

    protected abstract void Configure(IObjectTypeDescriptor<T> descriptor);

    internal override NamedType CreateType(TypeRegistry registry)
    {
        _descriptor = new ObjectTypeDescriptor<T>(Naming.TypeName(typeof(T)));
        Configure(_descriptor);
        return new ObjectType(registry.RequireName(_descriptor.TypeName, GetType()))
        {
            Description = _descriptor.TypeDescription,
            IsTypeOf = _descriptor.IsOfTypeCheck,
            RuntimeType = RuntimeType,
        };
    }

    internal override IEnumerable<Type> ReferencedClasses() => _descriptor!.ReferencedClasses();

    internal override void CompleteType(TypeRegistry registry, NamedType type) =>
        registry.CompleteComplexType((ComplexType)type, _descriptor!, RuntimeType);
}

/// <summary>A root type declared inline: <c>AddQueryType(d => d.Name("Query"))</c>, its fields added by extensions.</summary>
internal sealed class InlineObjectType(Action<IObjectTypeDescriptor> configure) : ObjectType<object>
{
    protected override void Configure(IObjectTypeDescriptor<object> descriptor) => configure((IObjectTypeDescriptor)descriptor);
}
