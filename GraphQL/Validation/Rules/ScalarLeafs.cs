using GraphQL.Language.Ast;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// Spec section 5.3.3, Leaf Field Selections: a field of scalar or enum type has no selection set,
/// and a field of object, interface or union type must have one.
/// </summary>
public sealed class ScalarLeafs : ValidationRule
{
    public override bool Enter(Node node, ValidationContext context)
    {
        if (node is not FieldNode field || context.TypeInfo.Type is not { } type)
        {
            return true;
        }

        NamedType named = type.GetNamedType();
        if (named is ScalarType or EnumType)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                context.ReportError(
                    $"Field \"{field.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            context.ReportError(
                $"Field \"{field.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{field.Name.Value} {{ ... }}\"?",
                field);
        }

        return true;
    }
}
