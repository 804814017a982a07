namespace GraphQL.Types;

/// <summary>
/// A scalar refused a value: a result it cannot serialize or an input it cannot accept
/// (spec section 3.5, result and input coercion). The message says which value and why.
/// </summary>
public sealed class ScalarCoercionException(string message) : Exception(message);
