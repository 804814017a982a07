using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Utilities;

/// <summary>
/// Coerces a literal to the value it denotes for an input type (spec section 5.6 / graphql-js
/// valueFromAST): Int to int, lists to object?[], input objects to dictionaries with their fields'
/// defaults filled in, enums to their internal values. Used for default values in SDL; the executor's
/// LiteralCoercion does the work (without binding input objects to CLR types here).
/// </summary>
public static class ValueFromAst
{
    /// <summary>False when the literal is not a valid value of the type.</summary>
    public static bool TryCoerce(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value) =>
        Execution.LiteralCoercion.TryCoerce(node, type, variables, bind: false, out value);
}
