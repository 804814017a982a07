using GraphQL.Execution;

namespace GraphQL.Types;

/// <summary>A union of object types (spec section 3.8).</summary>
public sealed class UnionType(string name) : NamedType(name)
{
    private readonly List<ObjectType> _types = [];

    /// <summary>Member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types => _types;

    public void AddType(ObjectType type) => _types.Add(type);

    /// <summary>
    /// The object type of a resolved value (spec section 6.4.3 ResolveAbstractType). When null,
    /// the executor tries each member's IsTypeOf / RuntimeType.
    /// </summary>
    public Func<object, IResolverContext, ObjectType?>? ResolveType { get; set; }
}
