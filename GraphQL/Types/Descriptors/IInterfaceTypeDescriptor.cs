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

/// <summary>Declares a union type bound to <c>T</c> (a marker interface, or object).</summary>
public interface IUnionTypeDescriptor
{
    IUnionTypeDescriptor Name(string name);

    IUnionTypeDescriptor Description(string description);

    /// <summary>Adds a member: an object type class.</summary>
    IUnionTypeDescriptor Type<TObjectType>() where TObjectType : TypeDefinition;

    /// <summary>Names the member type of a resolved value; without it each member is asked.</summary>
    IUnionTypeDescriptor ResolveType(Func<object, string?> typeName);
}
