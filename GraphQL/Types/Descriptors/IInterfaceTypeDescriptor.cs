using System.Linq.Expressions;

namespace GraphQL.Types.Descriptors;

/// <summary>Declares an interface type bound to <typeparamref name="T"/> (usually a CLR interface).</summary>
public interface IInterfaceTypeDescriptor<T>
{
    /// <summary>The type's name; without it the CLR name, less the "I" of an interface name like INode.</summary>
    IInterfaceTypeDescriptor<T> Name(string name);

    IInterfaceTypeDescriptor<T> Description(string description);

    IInterfaceTypeDescriptor<T> Implements<TInterface>() where TInterface : TypeDefinition;

    /// <summary>
    /// Names the object type of a resolved value. Without it the executor asks each implementing
    /// type (its IsOfType, or its CLR type).
    /// </summary>
    IInterfaceTypeDescriptor<T> ResolveType(Func<object, string?> typeName);

    IInterfaceFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member);

    IInterfaceFieldDescriptor Field(string name);
}
