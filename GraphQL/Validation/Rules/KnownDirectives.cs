using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec sections 5.7.1 and 5.7.2, Directives Are Defined and Directives Are in Valid Locations.
/// </summary>
public sealed class KnownDirectives : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (DirectiveOwner.TryGet(node, out IReadOnlyList<DirectiveNode> directives, out DirectiveLocation location))
        {
            foreach (DirectiveNode directive in directives)
            {
                string name = directive.Name.Value;
                DirectiveDefinition? definition = context.Schema.GetDirective(name);
                if (definition is null)
                {
                    context.ReportError($"Unknown directive \"@{name}\".", directive);
                }
                else if (!definition.Locations.Contains(location))
                {
                    context.ReportError($"Directive \"@{name}\" may not be used on {DirectiveLocationNames.ToName(location)}.", directive);
                }
            }
        }

        return true;
    }
}
