using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.8.5, All Variable Usages Are Allowed: a variable's type must fit every position
/// it is used in. A nullable variable may fill a non-null position only when the variable or the
/// position has a default (IsVariableUsageAllowed); a OneOf field needs a non-null variable.
/// </summary>
public sealed class VariablesInAllowedPosition : ValidationRule
{
    public override void Leave(Node node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation || !context.Document.HasVariables)
        {
            return;
        }

        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (VariableDefinitionNode definition in operation.VariableDefinitions)
        {
            definitions.TryAdd(definition.Variable.Name.Value, definition);
        }

        foreach (VariableUsage usage in context.GetRecursiveVariableUsages(operation))
        {
            string name = usage.Node.Name.Value;
            if (!definitions.TryGetValue(name, out VariableDefinitionNode? definition) || usage.Type is null)
            {
                continue;
            }

            GraphQLType? variableType = TypeInfo.TypeFromAst(context.Schema, definition.Type);
            if (variableType is null)
            {
                continue;
            }

            if (!IsAllowed(variableType, definition.DefaultValue, usage.Type, usage.HasLocationDefault))
            {
                context.ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".",
                    definition, usage.Node);
            }

            // The containing object's type may arrive wrapped in non-null ("pet: PetInput!"); graphql-js
            // 16 misses that case, the spec does not.
            GraphQLType? parentType = usage.ParentType is NonNullType wrapped ? wrapped.OfType : usage.ParentType;
            if (parentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                context.ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                    definition, usage.Node);
            }
        }
    }

    private static bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool hasLocationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            bool hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !hasLocationDefault)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(variableType, locationType);
    }
}
