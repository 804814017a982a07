namespace GraphQL.Types;

/// <summary>A field of an input object type (spec section 3.10).</summary>
public sealed class InputField(string name, GraphQLType type) : InputValue(name, type);
