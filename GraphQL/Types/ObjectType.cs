namespace GraphQL.Types;

/// <summary>An object type (spec section 3.6).</summary>
public sealed class ObjectType(string name) : ComplexType(name)
{
    /// <summary>
    /// Whether a resolved value belongs to this type, for abstract types without a ResolveType
    /// (graphql-js isTypeOf). Null means "when the value's CLR type is <see cref="RuntimeType"/>".
    /// </summary>
    public Func<object, bool>? IsTypeOf { get; set; }

    /// <summary>The CLR type whose values this object type represents, when there is one.</summary>
    public Type? RuntimeType { get; set; }
}
