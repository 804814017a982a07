using GraphQL.Execution;

namespace GraphQL.Types;

/// <summary>An interface type (spec section 3.7); it may itself implement interfaces.</summary>
public sealed class InterfaceType(string name) : ComplexType(name)
{
    /// <summary>
    /// The object type of a resolved value (spec section 6.4.3 ResolveAbstractType). When null,
    /// the executor tries each possible type's IsTypeOf / RuntimeType.
    /// </summary>
    public Func<object, IResolverContext, ObjectType?>? ResolveType { get; set; }
}
