using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec sections 5.7.1 and 5.7.2, Directives Are Defined and Directives Are in Valid Locations.
/// Each directive is checked when it is reached, so errors come in document order.
/// </summary>
public sealed class KnownDirectives : ValidationRule
{
    // The location of the innermost node that can carry directives.
    private readonly Stack<DirectiveLocation> _locations = new();

    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is DirectiveNode directive)
        {
            string name = directive.Name.Value;
            DirectiveDefinition? definition = context.Schema.GetDirective(name);
            if (definition is null)
            {
                context.ReportError($"Unknown directive \"@{name}\".", directive);
            }
            else if (_locations.TryPeek(out DirectiveLocation location) && !definition.Locations.Contains(location))
            {
                context.ReportError($"Directive \"@{name}\" may not be used on {DirectiveLocationNames.ToName(location)}.", directive);
            }

            return false;
        }

        if (DirectiveOwner.TryGetLocation(node, out DirectiveLocation ownerLocation))
        {
            _locations.Push(ownerLocation);
        }

        return true;
    }

    public override void Leave(Node node, ValidationContext context)
    {
        if (node is not DirectiveNode && DirectiveOwner.TryGetLocation(node, out _))
        {
            _locations.Pop();
        }
    }
}
