using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>Spec section 5.7.3, Directives Are Unique per Location, unless the directive is repeatable.</summary>
public sealed class UniqueDirectivesPerLocation : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (DirectiveOwner.TryGet(node, out IReadOnlyList<DirectiveNode> directives, out _) && directives.Count > 1)
        {
            var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            foreach (DirectiveNode directive in directives)
            {
                string name = directive.Name.Value;
                if (context.Schema.GetDirective(name) is not { IsRepeatable: false })
                {
                    continue;
                }

                if (seen.TryGetValue(name, out DirectiveNode? first))
                {
                    context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }
        }

        return true;
    }
}
