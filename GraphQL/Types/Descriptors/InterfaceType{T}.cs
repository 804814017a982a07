namespace GraphQL.Types.Descriptors;

/// <summary>
/// An interface type declared in code, bound to <typeparamref name="T"/> (usually a CLR interface,
/// INode → Node). Members of type <typeparamref name="T"/> infer it.
/// </summary>
/// <example>
/// <code>
/// public sealed class NodeType : InterfaceType&lt;INode&gt;
/// {
///     protected override void Configure(IInterfaceTypeDescriptor&lt;INode&gt; descriptor) =>
///         descriptor.Field(n => n.Id).Type&lt;NonNullType&lt;IdType&gt;&gt;();
/// }
/// </code>
/// </example>
public abstract class InterfaceType<T> : TypeDefinition
{
    private InterfaceTypeDescriptor<T>? _descriptor;

    internal override Type? RuntimeType => typeof(T) == typeof(object) ? null : typeof(T);

    protected abstract void Configure(IInterfaceTypeDescriptor<T> descriptor);

    internal override NamedType CreateType(TypeRegistry registry)
    {
        _descriptor = new InterfaceTypeDescriptor<T>(Naming.TypeName(typeof(T)));
        Configure(_descriptor);
        var type = new InterfaceType(registry.RequireName(_descriptor.TypeName, GetType())) { Description = _descriptor.TypeDescription };
        if (_descriptor.TypeNameOf is { } typeNameOf)
        {
            type.ResolveType = registry.ObjectTypeResolver(typeNameOf);
        }

        return type;
    }

    internal override IEnumerable<Type> ReferencedClasses() => _descriptor!.ReferencedClasses();

    internal override void CompleteType(TypeRegistry registry, NamedType type) =>
        registry.CompleteComplexType((ComplexType)type, _descriptor!, RuntimeType);
}
