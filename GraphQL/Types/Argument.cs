namespace GraphQL.Types;

/// <summary>An argument of a field or a directive (spec section 3.6.1).</summary>
public sealed class Argument(string name, GraphQLType type) : InputValue(name, type);
