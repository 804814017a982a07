using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Types.Descriptors;

/// <summary>
/// An input object type bound to <typeparamref name="T"/> (HotChocolate's InputObjectType&lt;T&gt;):
/// input coercion hands resolvers a <typeparamref name="T"/> built from the coerced fields
/// (<see cref="InputObjectType.Create"/>). Fields are explicit, in declaration order.
/// </summary>
/// <example>
/// <code>
/// public sealed record CreateUserInput(string Handle, string? Country);
/// public sealed class CreateUserInputType : InputObjectType&lt;CreateUserInput&gt;
/// {
///     protected override void Configure(IInputObjectTypeDescriptor&lt;CreateUserInput&gt; descriptor)
///     {
///         descriptor.Field(i => i.Handle);
///         descriptor.Field(i => i.Country).Type&lt;CountryCodeType&gt;();
///     }
/// }
/// </code>
/// </example>
public abstract class InputObjectType<T> : TypeDefinition
    where T : notnull
{
    private Descriptor? _descriptor;

    internal override Type RuntimeType => typeof(T);

    protected abstract void Configure(IInputObjectTypeDescriptor<T> descriptor);

    internal override NamedType CreateType(TypeRegistry registry)
    {
        _descriptor = new Descriptor(Naming.TypeName(typeof(T)));
        Configure(_descriptor);
        return new InputObjectType(registry.RequireName(_descriptor.TypeName, GetType()))
        {
            Description = _descriptor.TypeDescription,
            RuntimeType = typeof(T),
        };
    }

    internal override IEnumerable<Type> ReferencedClasses() =>
        _descriptor!.Fields.Select(f => f.DeclaredType).OfType<MarkerRef>().Select(m => m.Marker);

    internal override void CompleteType(TypeRegistry registry, NamedType type)
    {
        var input = (InputObjectType)type;
        var members = new List<(string Field, MemberInfo Member)>();
        foreach (InputValueDescriptor field in _descriptor!.Fields)
        {
            if (registry.CreateInputField(input, field) is { } created)
            {
                members.Add((created.Name, field.Member!));
            }
        }

        input.Create = registry.InputFactory(typeof(T), members);
    }

    private sealed class Descriptor(string? defaultName) : IInputObjectTypeDescriptor<T>
    {
        public string? TypeName { get; private set; } = defaultName;

        public string? TypeDescription { get; private set; }

        public List<InputValueDescriptor> Fields { get; } = [];

        public IInputObjectTypeDescriptor<T> Name(string name)
        {
            TypeName = name;
            return this;
        }

        public IInputObjectTypeDescriptor<T> Description(string description)
        {
            TypeDescription = description;
            return this;
        }

        public IInputFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member)
        {
            MemberInfo bound = Naming.Member(member);
            var field = new InputValueDescriptor(Naming.FieldName(bound.Name), bound)
            {
                InferredType = new ClrRef(Naming.MemberType(bound), TypeNullability.Of(bound)),
            };
            Fields.Add(field);
            return field;
        }
    }
}
