using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.5.1.3, Fragments on Object, Interface or Union Types: a type condition must name
/// a composite type, since only those have selections.
/// </summary>
public sealed class FragmentsOnCompositeTypes : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition }:
                if (TypeInfo.TypeFromAst(context.Schema, condition) is { } inlineType && !IsComposite(inlineType))
                {
                    context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
                }

                break;
            case FragmentDefinitionNode fragment:
                if (TypeInfo.TypeFromAst(context.Schema, fragment.TypeCondition) is { } fragmentType && !IsComposite(fragmentType))
                {
                    context.ReportError(
                        $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                        fragment.TypeCondition);
                }

                break;
        }

        return true;
    }

    private static bool IsComposite(GraphQLType type) => type is ComplexType or UnionType;
}
