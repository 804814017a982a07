using System.Linq.Expressions;

namespace GraphQL.Types.Descriptors;

/// <summary>
/// Declares an input object type bound to <typeparamref name="T"/> (usually a record): input
/// coercion creates a <typeparamref name="T"/> from the coerced fields, through its constructor
/// where a parameter matches a member, through the member's setter otherwise.
/// </summary>
public interface IInputObjectTypeDescriptor<T>
{
    /// <summary>The type's name; the CLR type's name when not set.</summary>
    IInputObjectTypeDescriptor<T> Name(string name);

    IInputObjectTypeDescriptor<T> Description(string description);

    /// <summary>A field bound to a member, named in camelCase, typed by inference.</summary>
    IInputFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member);
}
