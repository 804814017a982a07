using System.Reflection;

namespace GraphQL.Types.Descriptors;

/// <summary>
/// An enum type over the CLR enum <typeparamref name="TEnum"/>: each member is a value named in
/// UPPER_SNAKE_CASE, in declaration order, whose internal value is the member itself (resolvers
/// receive and return <typeparamref name="TEnum"/>). Usable as is (<c>Type&lt;EnumType&lt;Visibility&gt;&gt;()</c>),
/// subclassed to configure, and created on its own when a member of type <typeparamref name="TEnum"/>
/// is inferred.
/// </summary>
public class EnumType<TEnum> : TypeDefinition
    where TEnum : struct, Enum
{
    internal override Type RuntimeType => typeof(TEnum);

    protected virtual void Configure(IEnumTypeDescriptor<TEnum> descriptor)
    {
    }

    internal override NamedType CreateType(TypeRegistry registry)
    {
        var descriptor = new EnumTypeDescriptor(typeof(TEnum).Name);
        Configure(descriptor);
        var type = new EnumType(descriptor.TypeName) { Description = descriptor.TypeDescription };
        foreach (FieldInfo member in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var value = (TEnum)member.GetValue(null)!;
            EnumValueDescriptor config = descriptor.ValueOf(value);
            var enumValue = new EnumValue(config.ValueName ?? Naming.EnumValueName(member.Name), value)
            {
                Description = config.ValueDescription,
                DeprecationReason = config.DeprecationReason,
            };
            if (!type.AddValue(enumValue))
            {
                registry.Error($"Enum value \"{type.Name}.{enumValue.Name}\" is declared more than once.");
            }
        }

        return type;
    }

    private sealed class EnumTypeDescriptor(string name) : IEnumTypeDescriptor<TEnum>
    {
        private readonly Dictionary<TEnum, EnumValueDescriptor> _values = [];

        public string TypeName { get; private set; } = name;

        public string? TypeDescription { get; private set; }

        public IEnumTypeDescriptor<TEnum> Name(string name)
        {
            TypeName = name;
            return this;
        }

        public IEnumTypeDescriptor<TEnum> Description(string description)
        {
            TypeDescription = description;
            return this;
        }

        public IEnumValueDescriptor Value(TEnum value) => ValueOf(value);

        public EnumValueDescriptor ValueOf(TEnum value)
        {
            if (!_values.TryGetValue(value, out EnumValueDescriptor? descriptor))
            {
                descriptor = new EnumValueDescriptor();
                _values[value] = descriptor;
            }

            return descriptor;
        }
    }

    private sealed class EnumValueDescriptor : IEnumValueDescriptor
    {
        public string? ValueName { get; private set; }

        public string? ValueDescription { get; private set; }

        public string? DeprecationReason { get; private set; }

        public IEnumValueDescriptor Name(string name)
        {
            ValueName = name;
            return this;
        }

        public IEnumValueDescriptor Description(string description)
        {
            ValueDescription = description;
            return this;
        }

        public IEnumValueDescriptor Deprecated(string? reason = null)
        {
            DeprecationReason = reason ?? BuiltInDirectives.DefaultDeprecationReason;
            return this;
        }
    }
}
