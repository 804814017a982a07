using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.5.1.2, Fragment Spread Type Existence, and the same for variable types (section
/// 5.8.3): every type named in the document must exist in the schema.
/// </summary>
public sealed class KnownTypeNames : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is NamedTypeNode named && context.Schema.GetType(named.Name.Value) is null)
        {
            string name = named.Name.Value;
            var candidates = new List<string>();
            foreach (string typeName in context.Schema.Types.Keys)
            {
                candidates.Add(typeName);
            }

            context.ReportError($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.For(name, candidates)), named);
        }

        return true;
    }
}
