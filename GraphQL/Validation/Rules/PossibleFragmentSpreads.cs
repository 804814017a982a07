using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.5.2.3, Fragment Spread Is Possible: a fragment applies only if some object type
/// could be both the parent type and the fragment's type condition.
/// </summary>
public sealed class PossibleFragmentSpreads : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode inline:
                if (context.TypeInfo.Type is { } fragmentType && fragmentType.GetNamedType() is { } fragmentNamed
                    && IsComposite(fragmentNamed) && context.TypeInfo.ParentType is { } parent
                    && !DoTypesOverlap(context.Schema, fragmentNamed, parent))
                {
                    context.ReportError(
                        $"Fragment cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{fragmentNamed.Name}\".",
                        inline);
                }

                break;
            case FragmentSpreadNode spread:
                if (context.GetFragment(spread.Name.Value) is { } fragment
                    && TypeInfo.TypeFromAst(context.Schema, fragment.TypeCondition) is NamedType spreadType
                    && IsComposite(spreadType)
                    && context.TypeInfo.ParentType is { } spreadParent
                    && !DoTypesOverlap(context.Schema, spreadType, spreadParent))
                {
                    context.ReportError(
                        $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{spreadParent.Name}\" can never be of type \"{spreadType.Name}\".",
                        spread);
                }

                break;
        }

        return true;
    }

    private static bool IsComposite(NamedType type) => type is ComplexType or UnionType;

    /// <summary>Whether some object type belongs to both composite types (graphql-js doTypesOverlap).</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is InterfaceType or UnionType)
        {
            if (b is InterfaceType or UnionType)
            {
                foreach (ObjectType possible in schema.GetPossibleTypes(a))
                {
                    if (schema.IsSubType(b, possible))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(a, b);
        }

        if (b is InterfaceType or UnionType)
        {
            return schema.IsSubType(b, a);
        }

        return false;
    }
}
