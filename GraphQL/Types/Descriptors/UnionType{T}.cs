namespace GraphQL.Types.Descriptors;

/// <summary>
/// A union type declared in code, bound to <typeparamref name="T"/> (a marker interface its
/// members' CLR types share, IActor → Actor; or object, then call Name).
/// </summary>
/// <example>
/// <code>
/// public sealed class ActorType : UnionType&lt;IActor&gt;
/// {
///     protected override void Configure(IUnionTypeDescriptor descriptor)
///     {
///         descriptor.Type&lt;CommunityType&gt;();
///         descriptor.Type&lt;MovementType&gt;();
///     }
/// }
/// </code>
/// </example>
public abstract class UnionType<T> : TypeDefinition
{
    private UnionTypeDescriptor? _descriptor;

    internal override Type? RuntimeType => typeof(T) == typeof(object) ? null : typeof(T);

    protected abstract void Configure(IUnionTypeDescriptor descriptor);

    internal override NamedType CreateType(TypeRegistry registry)
    {
        _descriptor = new UnionTypeDescriptor(Naming.TypeName(typeof(T)));
        Configure(_descriptor);
        var type = new UnionType(registry.RequireName(_descriptor.TypeName, GetType())) { Description = _descriptor.TypeDescription };
        if (_descriptor.TypeNameOf is { } typeNameOf)
        {
            type.ResolveType = registry.ObjectTypeResolver(typeNameOf);
        }

        return type;
    }

    internal override IEnumerable<Type> ReferencedClasses() => _descriptor!.Members;

    internal override void CompleteType(TypeRegistry registry, NamedType type)
    {
        var union = (UnionType)type;
        foreach (Type member in _descriptor!.Members)
        {
            GraphQLType? resolved = registry.ResolveMarker(member, union.Name);
            if (resolved is ObjectType objectType)
            {
                union.AddType(objectType);
            }
            else if (resolved is not null)
            {
                registry.Error($"Union \"{union.Name}\" can only include object types, but {Naming.ClrName(member)} is \"{resolved}\".");
            }
        }
    }

    private sealed class UnionTypeDescriptor(string? defaultName) : IUnionTypeDescriptor
    {
        public string? TypeName { get; private set; } = defaultName;

        public string? TypeDescription { get; private set; }

        public List<Type> Members { get; } = [];

        public Func<object, string?>? TypeNameOf { get; private set; }

        public IUnionTypeDescriptor Name(string name)
        {
            TypeName = name;
            return this;
        }

        public IUnionTypeDescriptor Description(string description)
        {
            TypeDescription = description;
            return this;
        }

        public IUnionTypeDescriptor Type<TObjectType>() where TObjectType : TypeDefinition
        {
            Members.Add(typeof(TObjectType));
            return this;
        }

        public IUnionTypeDescriptor ResolveType(Func<object, string?> typeName)
        {
            TypeNameOf = typeName;
            return this;
        }
    }
}
