using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Execution;

/// <summary>
/// Spec section 6.4.1 CoerceVariableValues: the operation's variable values from the request's
/// JSON inputs, with defaults applied. A variable neither given nor defaulted stays absent (not
/// null), so that arguments can tell the two apart. Messages are graphql-js's.
/// </summary>
internal static class VariableValues
{
    public static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    /// <returns>The coerced values, or null with <paramref name="errors"/> filled.</returns>
    public static IReadOnlyDictionary<string, object?>? Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        out List<GraphQLError>? errors)
    {
        errors = null;
        if (operation.VariableDefinitions.Count == 0)
        {
            return None;
        }

        errors = [];
        List<GraphQLError> found = errors;

        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (VariableDefinitionNode definition in operation.VariableDefinitions)
        {
            string name = definition.Variable.Name.Value;
            GraphQLType? type = TypeInfo.TypeFromAst(schema, definition.Type);
            if (type is not { IsInputType: true })
            {
                // Validation rules this out; checked again because execution relies on it.
                errors.Add(Error($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type));
                continue;
            }

            if (inputs is null || !inputs.TryGetValue(name, out object? value))
            {
                if (definition.DefaultValue is { } defaultLiteral)
                {
                    LiteralCoercion.TryCoerce(defaultLiteral, type, null, out object? defaultValue);
                    coerced[name] = defaultValue;
                }
                else if (type is NonNullType)
                {
                    errors.Add(Error($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                }

                continue;
            }

            if (value is null && type is NonNullType)
            {
                errors.Add(Error($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                continue;
            }

            coerced[name] = InputCoercion.Coerce(value, type, (path, invalidValue, message) =>
            {
                string prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalidValue)}";
                if (path.Count > 0)
                {
                    prefix += $" at \"{name}{InputCoercion.PrintPath(path)}\"";
                }

                found.Add(Error(prefix + "; " + message, definition));
            });
        }

        return errors.Count == 0 ? coerced : null;
    }

    private static GraphQLError Error(string message, Node node) =>
        GraphQLError.WithCode(message, ErrorCodes.BadUserInput, Locations.Of(node));
}
