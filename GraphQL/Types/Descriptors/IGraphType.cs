namespace GraphQL.Types.Descriptors;

/// <summary>
/// A type that <c>.Type&lt;T&gt;()</c> accepts: a code-first named type class
/// (<see cref="TypeDefinition"/>) or one of the wrappers <see cref="NonNullType{T}"/> and
/// <see cref="ListType{T}"/>, e.g. <c>.Type&lt;NonNullType&lt;ListType&lt;NonNullType&lt;StringType&gt;&gt;&gt;&gt;()</c>.
/// </summary>
public interface IGraphType;

/// <summary>The non-null wrapper in a code-first type reference; never instantiated.</summary>
public sealed class NonNullType<T> : IGraphType
    where T : IGraphType
{
    private NonNullType()
    {
    }
}

/// <summary>The list wrapper in a code-first type reference; never instantiated.</summary>
public sealed class ListType<T> : IGraphType
    where T : IGraphType
{
    private ListType()
    {
    }
}
