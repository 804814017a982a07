using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>Spec section 6.4.1 CoerceArgumentValues, with graphql-js's messages.</summary>
internal static class ArgumentValues
{
    public static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    /// <summary>
    /// Whether the arguments can be coerced once and shared by every execution: written as
    /// literals without variables, of leaf types (so no resolver can change what it is given).
    /// </summary>
    public static bool CanShare(FieldDefinition definition, FieldNode node)
    {
        foreach (Argument argument in definition.Arguments)
        {
            if (argument.Type is not (ScalarType or EnumType or NonNullType { OfType: ScalarType or EnumType }))
            {
                return false;
            }
        }

        foreach (ArgumentNode argument in node.Arguments)
        {
            if (argument.Value is VariableNode)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The coerced arguments; a refused value throws <see cref="FieldErrorException"/>.</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(FieldDefinition definition, FieldNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        var coerced = new Dictionary<string, object?>(definition.Arguments.Count, StringComparer.Ordinal);
        foreach (Argument argument in definition.Arguments)
        {
            ArgumentNode? argumentNode = null;
            foreach (ArgumentNode candidate in node.Arguments)
            {
                if (candidate.Name.Value == argument.Name)
                {
                    argumentNode = candidate;
                    break;
                }
            }

            if (argumentNode is null)
            {
                if (argument.HasDefaultValue)
                {
                    coerced[argument.Name] = LiteralCoercion.BindDefault(argument.DefaultValue, argument.Type);
                }
                else if (argument.Type is NonNullType)
                {
                    throw new FieldErrorException($"Argument \"{argument.Name}\" of required type \"{argument.Type}\" was not provided.", ErrorCodes.BadUserInput);
                }

                continue;
            }

            ValueNode valueNode = argumentNode.Value;
            bool isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                string variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out object? variableValue))
                {
                    if (argument.HasDefaultValue)
                    {
                        coerced[argument.Name] = LiteralCoercion.BindDefault(argument.DefaultValue, argument.Type);
                    }
                    else if (argument.Type is NonNullType)
                    {
                        throw new FieldErrorException(
                            $"Argument \"{argument.Name}\" of required type \"{argument.Type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            ErrorCodes.BadUserInput);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && argument.Type is NonNullType)
            {
                throw new FieldErrorException($"Argument \"{argument.Name}\" of non-null type \"{argument.Type}\" must not be null.", ErrorCodes.BadUserInput);
            }

            if (!LiteralCoercion.TryCoerce(valueNode, argument.Type, variables, out object? value))
            {
                throw new FieldErrorException($"Argument \"{argument.Name}\" has invalid value {Printer.Print(valueNode)}.", ErrorCodes.BadUserInput);
            }

            coerced[argument.Name] = value;
        }

        return coerced;
    }
}
