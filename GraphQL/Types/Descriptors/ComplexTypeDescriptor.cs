using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Types.Descriptors;

/// <summary>What object and interface declarations (and object extensions) collect.</summary>
internal abstract class ComplexTypeDescriptor(string? defaultName)
{
    public string? TypeName { get; protected set; } = defaultName;

    /// <summary>True when the declaration called Name(); extensions must, to say what they extend.</summary>
    public bool NameSet { get; protected set; }

    public string? TypeDescription { get; protected set; }

    /// <summary>Interface type classes, in declaration order.</summary>
    public List<Type> Interfaces { get; } = [];

    public List<FieldDescriptor> Fields { get; } = [];

    public IEnumerable<Type> ReferencedClasses()
    {
        foreach (Type iface in Interfaces)
        {
            yield return iface;
        }

        foreach (FieldDescriptor field in Fields)
        {
            if (field.DeclaredType is MarkerRef marker)
            {
                yield return marker.Marker;
            }

            foreach (InputValueDescriptor argument in field.Arguments)
            {
                if (argument.DeclaredType is MarkerRef argumentMarker)
                {
                    yield return argumentMarker.Marker;
                }
            }
        }
    }

    protected void SetName(string name)
    {
        TypeName = name;
        NameSet = true;
    }

    protected FieldDescriptor AddField(string name)
    {
        var field = new FieldDescriptor(name);
        Fields.Add(field);
        return field;
    }

    protected FieldDescriptor AddMemberField<T, TValue>(Expression<Func<T, TValue>> expression)
    {
        MemberInfo member = Naming.Member(expression);
        FieldDescriptor field = AddField(Naming.FieldName(member.Name));
        field.MemberType = new ClrRef(Naming.MemberType(member), TypeNullability.Of(member));
        Func<T, TValue> read = expression.Compile();
        field.Resolver = context => new ValueTask<object?>(read((T)context.Source!));
        return field;
    }
}

internal sealed class ObjectTypeDescriptor<T>(string? defaultName)
    : ComplexTypeDescriptor(defaultName), IObjectTypeDescriptor<T>, IObjectTypeDescriptor
{
    public Func<object, bool>? IsOfTypeCheck { get; private set; }

    public IObjectTypeDescriptor<T> Name(string name)
    {
        SetName(name);
        return this;
    }

    public IObjectTypeDescriptor<T> Description(string description)
    {
        TypeDescription = description;
        return this;
    }

    public IObjectTypeDescriptor<T> Implements<TInterface>() where TInterface : TypeDefinition
    {
        Interfaces.Add(typeof(TInterface));
        return this;
    }

    public IObjectTypeDescriptor<T> IsOfType(Func<object, bool> isOfType)
    {
        IsOfTypeCheck = isOfType;
        return this;
    }

    public IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member) => AddMemberField(member);

    public IObjectFieldDescriptor Field(string name) => AddField(name);

    IObjectTypeDescriptor IObjectTypeDescriptor.Name(string name) => (IObjectTypeDescriptor)Name(name);

    IObjectTypeDescriptor IObjectTypeDescriptor.Description(string description) => (IObjectTypeDescriptor)Description(description);

    IObjectTypeDescriptor IObjectTypeDescriptor.Implements<TInterface>() => (IObjectTypeDescriptor)Implements<TInterface>();

    IObjectTypeDescriptor IObjectTypeDescriptor.IsOfType(Func<object, bool> isOfType) => (IObjectTypeDescriptor)IsOfType(isOfType);
}

internal sealed class InterfaceTypeDescriptor<T>(string? defaultName)
    : ComplexTypeDescriptor(defaultName), IInterfaceTypeDescriptor<T>
{
    public Func<object, string?>? TypeNameOf { get; private set; }

    public IInterfaceTypeDescriptor<T> Name(string name)
    {
        SetName(name);
        return this;
    }

    public IInterfaceTypeDescriptor<T> Description(string description)
    {
        TypeDescription = description;
        return this;
    }

    public IInterfaceTypeDescriptor<T> Implements<TInterface>() where TInterface : TypeDefinition
    {
        Interfaces.Add(typeof(TInterface));
        return this;
    }

    public IInterfaceTypeDescriptor<T> ResolveType(Func<object, string?> typeName)
    {
        TypeNameOf = typeName;
        return this;
    }

    public IInterfaceFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member) => AddMemberField(member);

    public IInterfaceFieldDescriptor Field(string name) => AddField(name);
}
