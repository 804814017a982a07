using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.8.3, All Variable Uses Defined: every variable used by an operation, including in
/// the fragments it reaches, is declared by that operation.
/// </summary>
public sealed class NoUndefinedVariables : ValidationRule
{
    public override void Leave(Node node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation || !context.Document.HasVariables)
        {
            return;
        }

        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (VariableDefinitionNode definition in operation.VariableDefinitions)
        {
            defined.Add(definition.Variable.Name.Value);
        }

        foreach (VariableUsage usage in context.GetRecursiveVariableUsages(operation))
        {
            string name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                context.ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node, operation);
            }
        }
    }
}
