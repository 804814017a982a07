using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.8.4, All Variables Used: every variable an operation declares is used by it or by
/// a fragment it reaches.
/// </summary>
public sealed class NoUnusedVariables : ValidationRule
{
    public override void Leave(Node node, ValidationContext context)
    {
        if (node is not OperationDefinitionNode operation || !context.Document.HasVariables)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (VariableUsage usage in context.GetRecursiveVariableUsages(operation))
        {
            used.Add(usage.Node.Name.Value);
        }

        foreach (VariableDefinitionNode definition in operation.VariableDefinitions)
        {
            string name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                context.ReportError(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }
}
