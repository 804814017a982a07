using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec section 5.5.2.1, Fragment Spread Target Defined: a spread names a fragment of the document.</summary>
public sealed class KnownFragmentNames : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
        {
            context.ReportError($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
        }

        return true;
    }
}
