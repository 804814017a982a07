using GraphQL.Language.Ast;

namespace GraphQL.Validation.Rules;

/// <summary>Spec section 5.5.1.4, Fragments Must Be Used: every fragment is reached from some operation.</summary>
public sealed class NoUnusedFragments : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context) => node is DocumentNode;

    public override void Leave(Node node, ValidationContext context)
    {
        if (node is not DocumentNode document || !context.HasFragments())
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                foreach (FragmentDefinitionNode fragment in context.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name.Value);
                }
            }
        }

        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
            {
                context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
