using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec section 5.2.2.1, Operation Name Uniqueness: no two operations share a name, whatever their kind.</summary>
public sealed class UniqueOperationNames : ValidationRule
{
    private Dictionary<string, NameNode>? _known;

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is OperationDefinitionNode { Name: { } name })
        {
            _known ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
            if (_known.TryGetValue(name.Value, out NameNode? first))
            {
                context.ReportError($"There can be only one operation named \"{name.Value}\".", first, name);
            }
            else
            {
                _known[name.Value] = name;
            }
        }

        return node is DocumentNode;
    }
}
