namespace GraphQL.Types;

/// <summary>An object type (spec section 3.6).</summary>
public sealed class ObjectType(string name) : ComplexType(name);
