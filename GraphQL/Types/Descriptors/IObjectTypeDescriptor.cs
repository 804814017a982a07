using System.Linq.Expressions;

namespace GraphQL.Types.Descriptors;

/// <summary>
/// Declares an object type bound to <typeparamref name="T"/>. Fields are explicit: only those
/// declared here exist, in the order declared.
/// </summary>
public interface IObjectTypeDescriptor<T>
{
    /// <summary>The type's name; the CLR type's name when not set.</summary>
    IObjectTypeDescriptor<T> Name(string name);

    IObjectTypeDescriptor<T> Description(string description);

    /// <summary>Declares that the type implements an interface declared by <typeparamref name="TInterface"/>.</summary>
    IObjectTypeDescriptor<T> Implements<TInterface>() where TInterface : TypeDefinition;

    /// <summary>
    /// Whether a value belongs to this type, for interfaces and unions that do not resolve types
    /// themselves. Without it a value belongs when its CLR type is <typeparamref name="T"/>.
    /// </summary>
    IObjectTypeDescriptor<T> IsOfType(Func<object, bool> isOfType);

    /// <summary>
    /// A field read from a property or field of <typeparamref name="T"/>: named in camelCase, typed by
    /// inference from the member (nullable annotations included), resolved by reading the member.
    /// </summary>
    IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member);

    /// <summary>A field with no member behind it: give it a type and a resolver.</summary>
    IObjectFieldDescriptor Field(string name);
}

/// <summary>Declares an object type (or extends one) without a CLR type behind it.</summary>
public interface IObjectTypeDescriptor
{
    IObjectTypeDescriptor Name(string name);

    IObjectTypeDescriptor Description(string description);

    IObjectTypeDescriptor Implements<TInterface>() where TInterface : TypeDefinition;

    IObjectTypeDescriptor IsOfType(Func<object, bool> isOfType);

    IObjectFieldDescriptor Field(string name);
}
