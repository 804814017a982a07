using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec section 5.5.1.1, Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNames : ValidationRule
{
    private Dictionary<string, NameNode>? _known;

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            NameNode name = fragment.Name;
            _known ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
            if (_known.TryGetValue(name.Value, out NameNode? first))
            {
                context.ReportError($"There can be only one fragment named \"{name.Value}\".", first, name);
            }
            else
            {
                _known[name.Value] = name;
            }
        }

        return node is DocumentNode;
    }
}
