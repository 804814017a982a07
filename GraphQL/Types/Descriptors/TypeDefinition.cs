namespace GraphQL.Types.Descriptors;

/// <summary>
/// A named type declared in code: the base of <see cref="ObjectType{T}"/>, <see cref="InterfaceType{T}"/>,
/// <see cref="UnionType{T}"/>, <see cref="EnumType{TEnum}"/>, <see cref="InputObjectType{T}"/>,
/// <see cref="ScalarType{TRuntime}"/> and the built-in scalars (<see cref="StringType"/> …).
/// A schema builder turns each into its runtime <see cref="NamedType"/> in two steps: first the
/// named type exists (so that any type can refer to any other), then its fields are filled in.
/// </summary>
public abstract class TypeDefinition : IGraphType
{
    private protected TypeDefinition()
    {
    }

    /// <summary>The CLR type whose values this type stands for, used to infer field types; null when none.</summary>
    internal virtual Type? RuntimeType => null;

    /// <summary>Runs the descriptor configuration and creates the named type without its fields.</summary>
    internal abstract NamedType CreateType(TypeRegistry registry);

    /// <summary>
    /// The type classes the declaration names (field and argument types, interfaces, members), so
    /// that every class-referenced type exists before any field is completed and CLR types infer
    /// the same types whatever the order of declaration.
    /// </summary>
    internal virtual IEnumerable<Type> ReferencedClasses() => [];

    /// <summary>Adds fields, members, interfaces: everything that refers to other types.</summary>
    internal virtual void CompleteType(TypeRegistry registry, NamedType type)
    {
    }
}
