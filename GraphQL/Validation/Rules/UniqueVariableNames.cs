using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec section 5.8.1, Variable Uniqueness: an operation declares each variable once.</summary>
public sealed class UniqueVariableNames : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is OperationDefinitionNode { VariableDefinitions.Count: > 1 } operation)
        {
            var seen = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (VariableDefinitionNode definition in operation.VariableDefinitions)
            {
                string name = definition.Variable.Name.Value;
                if (!seen.TryAdd(name, definition) && reported.Add(name))
                {
                    var all = new List<Node>();
                    foreach (VariableDefinitionNode other in operation.VariableDefinitions)
                    {
                        if (other.Variable.Name.Value == name)
                        {
                            all.Add(other.Variable.Name);
                        }
                    }

                    context.ReportError($"There can be only one variable named \"${name}\".", [.. all]);
                }
            }
        }

        return node is DocumentNode;
    }
}
